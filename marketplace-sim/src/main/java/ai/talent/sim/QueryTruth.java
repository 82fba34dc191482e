package ai.talent.sim;

/** The hidden side of a query: the structured intent its text was written from. */
public record QueryTruth(QuerySpec intent) {
}
