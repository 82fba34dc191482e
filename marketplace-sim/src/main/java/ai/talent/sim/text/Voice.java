package ai.talent.sim.text;

/**
 * How one text is written: its Korean speech level, how often a Korean technical term is written in English
 * instead (0 for pure Korean or English texts, high for mixed ones), and the text options (wording half,
 * skill-name noise).
 */
record Voice(KoreanStyle style, double englishTerms, TextOptions options) {

    Voice(KoreanStyle style, double englishTerms) {
        this(style, englishTerms, TextOptions.DEFAULT);
    }

    TextHalf half() {
        return options.half();
    }
}
