package ai.talent.sim.text;

import java.util.Objects;

/**
 * How texts are written beyond their facts: which half of the wording they may use, and how often a skill's
 * name appears as an alias variant, abbreviation or misspelling rather than its dictionary name (0: always the
 * English or Korean name; 1: the market's usual mix).
 */
public record TextOptions(TextHalf half, double skillNoise) {

    /** All the wording, the usual skill-name noise. */
    public static final TextOptions DEFAULT = new TextOptions(TextHalf.ALL, 1.0);

    public TextOptions {
        Objects.requireNonNull(half, "half");
        if (!(skillNoise >= 0)) {
            throw new IllegalArgumentException("skillNoise must be ≥ 0, was " + skillNoise);
        }
    }
}
