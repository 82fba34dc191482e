package ai.talent.search.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.search.index.ProfileFields;
import ai.talent.sim.Marketplace;
import ai.talent.sim.SimConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;

/** The per-skill cache of Nori's skill-name tokens indexes exactly what analysing each profile's text would. */
class SkillNameTokensTests {

    private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();

    @Test
    void cachedSkillNameTokensEqualNoriOnTheWholeTextTermPositionAndOffset() throws IOException {
        Analyzer analyzer = LuceneBackend.analyzer();
        SkillNameTokens cache = new SkillNameTokens(analyzer, TAXONOMY);
        Marketplace market = new Marketplace(SimConfig.of(600, 0, 0, 7));
        int withDroppedTrailingTokens = 0;
        for (int i = 0; i < 600; i++) {
            Freelancer f = market.freelancer(i).freelancer();
            List<String> whole = tokens(analyzer.tokenStream(LuceneFields.SKILL_NAMES,
                    ProfileFields.skillNames(f, TAXONOMY)));
            List<String> cached = tokens(cache.tokens(f));
            assertThat(cached).as("skill names of %s", f.id()).isEqualTo(whole);
            withDroppedTrailingTokens += whole.stream().anyMatch(t -> t.contains("+2@")) ? 1 : 0;
        }
        assertThat(withDroppedTrailingTokens).as("profiles where a dropped token shifts the next skill's position")
                .isPositive();
    }

    /** Each token as term+increment@start-end/length, then the stream's end (final offset and increment). */
    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = stream) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "+" + increment.getPositionIncrement() + "@" + offset.startOffset() + "-"
                        + offset.endOffset() + "/" + length.getPositionLength());
            }
            ts.end();
            out.add("end+" + increment.getPositionIncrement() + "@" + offset.endOffset());
        }
        return out;
    }
}
