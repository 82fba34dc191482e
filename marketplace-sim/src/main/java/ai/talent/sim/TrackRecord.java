package ai.talent.sim;

/**
 * A freelancer's public track record: ratings received (count and sum of the 1–5 stars) and contracts completed.
 * The average a profile shows is an observation of the freelancer's reliability whose noise shrinks as the
 * count grows.
 */
public record TrackRecord(int ratingCount, int ratingSum, int completed) {

    static final TrackRecord EMPTY = new TrackRecord(0, 0, 0);

    public TrackRecord plus(TrackRecord other) {
        return new TrackRecord(ratingCount + other.ratingCount, ratingSum + other.ratingSum,
                completed + other.completed);
    }

    /** The average shown on a profile, to one decimal; 0 without ratings. */
    public double average() {
        return ratingCount == 0 ? 0.0 : Math.round(10.0 * ratingSum / ratingCount) / 10.0;
    }
}
