package ai.talent.sim.text;

/**
 * A Korean particle whose form depends on the preceding word: the first form follows a final consonant
 * (batchim), the second a vowel. 으로/로 also takes 로 after ㄹ.
 */
public enum Particle {
    OBJECT("을", "를"),
    SUBJECT("이", "가"),
    TOPIC("은", "는"),
    AND("과", "와"),
    DIRECTION("으로", "로"),
    OR("이나", "나"),
    QUOTE("이라", "라");

    private final String afterConsonant;
    private final String afterVowel;

    Particle(String afterConsonant, String afterVowel) {
        this.afterConsonant = afterConsonant;
        this.afterVowel = afterVowel;
    }

    public String afterConsonant() {
        return afterConsonant;
    }

    public String afterVowel() {
        return afterVowel;
    }

    /** The particle's form for the template marker that names it by its after-consonant form, e.g. "을". */
    static Particle byMarker(String marker) {
        for (Particle particle : values()) {
            if (particle.afterConsonant.equals(marker)) {
                return particle;
            }
        }
        throw new IllegalArgumentException("Unknown particle marker '" + marker + "'");
    }
}
