package ai.talent.search.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.model.Freelancer;
import ai.talent.sim.Marketplace;
import ai.talent.sim.SimConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;

/** A text without Korean gets exactly Nori's tokens without Nori's analysis; any other text still goes to Nori. */
class LatinTextTokensTests {

    @Test
    void profileTextsWithoutKoreanGetNorisTermsPositionsAndOffsets() throws IOException {
        Analyzer analyzer = LuceneBackend.analyzer();
        Marketplace market = new Marketplace(SimConfig.of(1500, 0, 0, 7));
        int covered = 0;
        int withPunctuationBeyondAscii = 0;
        for (int i = 0; i < 1500; i++) {
            Freelancer f = market.freelancer(i).freelancer();
            for (String text : List.of(f.displayName(), f.headline(), f.bio())) {
                if (!LatinTextTokens.covers(text)) {
                    continue;
                }
                covered++;
                withPunctuationBeyondAscii += text.chars().anyMatch(c -> c > 127) ? 1 : 0;
                assertThat(tokens(new LatinTextTokens(text))).as("%s of %s", text, f.id())
                        .isEqualTo(tokens(analyzer.tokenStream(LuceneFields.BIO, text)));
            }
        }
        assertThat(covered).as("English names, headlines and bios taken off Nori").isGreaterThan(500);
        assertThat(withPunctuationBeyondAscii).as("covered texts with typographic punctuation").isPositive();
    }

    @Test
    void generatedTextsOfLettersDigitsSpacesAndPunctuationGetNorisTokens() throws IOException {
        Analyzer analyzer = LuceneBackend.analyzer();
        String alphabet = "abcXYZ019  \t\n\r.,;:!?'\"()[]{}<>-_/\\@#$%^&*+=|~`·–—•…“”‘’₩€✔▪©";
        Random random = new Random(11);
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int c = 0; c < length; c++) {
                text.append(random.nextInt(4) == 0 ? "C++ Node.js 5G k8s " : "")
                        .append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertThat(LatinTextTokens.covers(s)).as("[%s]", s).isTrue();
            assertThat(tokens(new LatinTextTokens(s))).as("[%s]", s)
                    .isEqualTo(tokens(analyzer.tokenStream(LuceneFields.HEADLINE, s)));
        }
    }

    @Test
    void koreanHanjaAccentedLettersAndOverlongRunsStayWithNori() {
        assertThat(LatinTextTokens.covers("Senior React developer in Seoul")).isTrue();
        assertThat(LatinTextTokens.covers("")).isTrue();
        for (String text : List.of("React 개발자", "서울", "漢字 name", "Müller", "café", "e\u0301", "１２３",
                "٣ years", "a".repeat(256), "1".repeat(300) + " ok", "emoji \uD83D\uDE00")) {
            assertThat(LatinTextTokens.covers(text)).as(text).isFalse();
        }
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
