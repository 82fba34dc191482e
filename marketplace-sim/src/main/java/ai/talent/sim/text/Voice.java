package ai.talent.sim.text;

/**
 * How one text is written: its Korean speech level and how often a Korean technical term is written in
 * English instead (0 for pure Korean or English texts, high for mixed ones).
 */
record Voice(KoreanStyle style, double englishTerms) {
}
