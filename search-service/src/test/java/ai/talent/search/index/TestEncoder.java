package ai.talent.search.index;

import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.search.encode.DenseEncoder;

/** One MiniLM encoder (from its Maven artifact) shared by every test class of the JVM: it takes seconds to load. */
public final class TestEncoder {

    private static DenseEncoder shared;

    private TestEncoder() {
    }

    public static synchronized DenseEncoder get() {
        if (shared == null) {
            shared = DenseEncoder.miniLm(SkillTaxonomy.standard(), 256, 1000);
        }
        return shared;
    }
}
