package ai.talent.sim.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Which half of the wording a text may use. The phrase banks' templates and the variant spellings of skills,
 * roles and domains are split in two: simulations for training write with {@link #TRAIN}, simulations for
 * evaluation with {@link #TEST}, so that a vocabulary learned from training texts does not cover every test
 * text. A list's first entry (a canonical name) belongs to both halves; {@link #ALL} uses everything.
 */
public enum TextHalf {
    TRAIN,
    TEST,
    ALL;

    /**
     * The variants of a name this half may write: the first (canonical) one always, then every other one of
     * the rest (odd positions for training, even ones for testing).
     */
    public <T> List<T> variants(List<T> all) {
        if (this == ALL || all.size() <= 1) {
            return all;
        }
        List<T> out = new ArrayList<>();
        out.add(all.get(0));
        for (int i = 1; i < all.size(); i++) {
            if ((i % 2 == 1) == (this == TRAIN)) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /**
     * The share of a list with no canonical entry (a phrase-bank section's templates, a skill's aliases) this
     * half may use: alternating entries, so each half keeps about half of them; a list of one is shared.
     */
    public <T> List<T> share(List<T> all) {
        if (this == ALL || all.size() <= 1) {
            return all;
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if ((i % 2 == 0) == (this == TRAIN)) {
                out.add(all.get(i));
            }
        }
        return out;
    }
}
