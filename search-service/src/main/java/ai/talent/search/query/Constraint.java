package ai.talent.search.query;

/**
 * One piece of understood intent: its kind, its value (a skill id, a region name, an amount in KRW/hour, a
 * number of years...), a label a person reads, and the characters {@code [start, end)} of the query it came from
 * (the page removes a chip by removing those characters). {@code source} says which understood it: "rules" or
 * "tagger".
 */
public record Constraint(ConstraintKind kind, String value, String label, int start, int end, String source) {

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
