package ai.talent.sim.text;

import java.util.Objects;

/**
 * How texts are written beyond their facts: which half of the wording they may use, how often a skill's
 * name appears as an alias variant, abbreviation or misspelling rather than its dictionary name (0: always the
 * English or Korean name; 1: the market's usual mix), and whether typing slips are added to the words
 * ({@code typos}; off for parallel text, whose two sides should say the same thing cleanly).
 */
public record TextOptions(TextHalf half, double skillNoise, boolean typos) {

    /** All the wording, the usual skill-name noise. */
    public static final TextOptions DEFAULT = new TextOptions(TextHalf.ALL, 1.0);

    /** With typing slips, as the market writes. */
    public TextOptions(TextHalf half, double skillNoise) {
        this(half, skillNoise, true);
    }

    public TextOptions {
        Objects.requireNonNull(half, "half");
        if (!(skillNoise >= 0)) {
            throw new IllegalArgumentException("skillNoise must be ≥ 0, was " + skillNoise);
        }
    }
}
