package ai.talent.nn.domain;

/** An O*NET technology-skill example (a product, e.g. a database system) and the commodity class it belongs to. */
public record TechExample(String example, String commodityCode, String commodity) {
}
