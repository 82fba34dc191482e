package ai.talent.nn.bilingual;

/** An English sentence and its Korean translation. */
public record ParallelPair(String english, String korean) {

    public ParallelPair {
        if (english == null || english.isBlank() || korean == null || korean.isBlank()) {
            throw new IllegalArgumentException("a parallel pair needs both sides, got '" + english + "' / '" + korean
                    + "'");
        }
    }
}
