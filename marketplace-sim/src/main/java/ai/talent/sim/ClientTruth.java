package ai.talent.sim;

/** A client's hidden quality (0–1), as written to clients.jsonl. */
public record ClientTruth(double quality) {
}
