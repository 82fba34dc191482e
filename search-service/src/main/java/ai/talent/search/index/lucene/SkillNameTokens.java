package ai.talent.search.index.lucene;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.search.index.ProfileFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * The Nori tokens of the {@code skill_names} field, analysed once per skill instead of once per profile: every
 * profile declaring a skill carries the same names and aliases, and Nori's morphological analysis is the largest
 * cost of indexing a profile (a third of it went to these names). A profile's field is its skills' cached tokens
 * in order, each skill's part starting at the position and offset where analysing the whole text would put it
 * (positions left by tokens Nori drops at the end of one part carry over to the next), so the index holds the same
 * terms, positions and norms as before; {@code SkillNameTokensTests} checks that on simulated profiles.
 */
final class SkillNameTokens {

    /** One skill's part, analysed: terms with their increments and offsets, and the increment left at its end. */
    private record Part(String[] terms, int[] increments, int[] lengths, int[] starts, int[] ends, int chars,
                        int trailingIncrement) {
    }

    private final Analyzer analyzer;
    private final SkillTaxonomy taxonomy;
    private final Map<String, Part> bySkill = new ConcurrentHashMap<>();

    SkillNameTokens(Analyzer analyzer, SkillTaxonomy taxonomy) {
        this.analyzer = analyzer;
        this.taxonomy = taxonomy;
    }

    /** The field's tokens for {@code f}, as the analyzer would produce them from its whole skill-names text. */
    TokenStream tokens(Freelancer f) {
        List<Part> parts = new ArrayList<>(f.skills().size());
        for (SkillLevel s : f.skills()) {
            parts.add(bySkill.computeIfAbsent(s.skillId(), this::analyse));
        }
        return new Replay(parts);
    }

    private Part analyse(String skillId) {
        String text = ProfileFields.skillNames(skillId, taxonomy);
        List<String> terms = new ArrayList<>();
        List<int[]> attributes = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(LuceneFields.SKILL_NAMES, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
                attributes.add(new int[] {increment.getPositionIncrement(), length.getPositionLength(),
                        offset.startOffset(), offset.endOffset()});
            }
            ts.end();
            int trailing = increment.getPositionIncrement();
            int n = terms.size();
            int[] inc = new int[n];
            int[] len = new int[n];
            int[] start = new int[n];
            int[] end = new int[n];
            for (int i = 0; i < n; i++) {
                inc[i] = attributes.get(i)[0];
                len[i] = attributes.get(i)[1];
                start[i] = attributes.get(i)[2];
                end[i] = attributes.get(i)[3];
            }
            return new Part(terms.toArray(new String[0]), inc, len, start, end, text.length(), trailing);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse the names of skill " + skillId, e);
        }
    }

    /** Replays the parts' tokens one after the other. */
    private static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final List<Part> parts;
        private int part;
        private int token;
        private int base;
        private int carry;

        Replay(List<Part> parts) {
            this.parts = parts;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            part = 0;
            token = 0;
            base = 0;
            carry = 0;
        }

        @Override
        public boolean incrementToken() {
            while (part < parts.size() && token == parts.get(part).terms().length) {
                Part done = parts.get(part);
                carry = (done.terms().length == 0 ? carry : 0) + done.trailingIncrement();
                base += done.chars();
                part++;
                token = 0;
            }
            if (part == parts.size()) {
                return false;
            }
            clearAttributes();
            Part p = parts.get(part);
            term.setEmpty().append(p.terms()[token]);
            increment.setPositionIncrement(p.increments()[token] + (token == 0 ? carry : 0));
            length.setPositionLength(p.lengths()[token]);
            offset.setOffset(base + p.starts()[token], base + p.ends()[token]);
            token++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int chars = 0;
            for (Part p : parts) {
                chars += p.chars();
            }
            offset.setOffset(chars, chars);
            increment.setPositionIncrement(carry);
        }
    }
}
