package ai.talent.search.query.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillCategory;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.PretrainedWeights;
import ai.talent.nn.transformer.TransformerConfig;
import ai.talent.search.query.SpanTagger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query tagger learns to mark skill names in recruiter sentences the team wrote (templates around the
 * taxonomy's English skill names): a small encoder trained from scratch with a fixed seed reaches a span F1 on
 * held-out sentences that the untrained tagger does not, and survives saving and loading unchanged.
 */
class QueryTaggerTests {

    private static final String[] TEMPLATES = {
        "looking for a %s developer", "need %s and %s experience", "%s expert with 5 years", "we use %s every day",
        "senior engineer who knows %s", "hiring: %s specialist, remote", "%s / %s freelancer wanted",
        "must have %s skills", "strong background in %s and %s", "anyone good at %s ?"
    };

    @TempDir
    Path dir;

    @Test
    void learnsToMarkSkillNamesAndKeepsWhatItLearnedAcrossSaveAndLoad() throws Exception {
        List<TaggedSentence> sentences = sentences(600, 7);
        List<TaggedSentence> train = sentences.subList(0, 480);
        List<TaggedSentence> heldOut = sentences.subList(480, 600);
        NnEngine.get().setRandomSeed(7);
        NDManager manager = NnEngine.get().newBaseManager();
        BertEncoder encoder = PretrainedWeights.randomEncoder(TransformerConfig.tiny(30522, 32, 2, 2, 128), manager);
        try (QueryTagger tagger = QueryTagger.on(encoder, manager)) {
            double untrained = tagger.evaluate(heldOut).get("knowledge.f1");
            List<Float> losses = tagger.train(train, 220, 16, 3e-3f, 2, 7);
            double trained = tagger.evaluate(heldOut).get("knowledge.f1");

            assertThat(losses.get(losses.size() - 1)).isLessThan(losses.get(0) / 3);
            assertThat(untrained).isLessThan(0.2);
            assertThat(trained).isGreaterThan(0.8);

            List<SpanTagger.TaggedSpan> spans = tagger.tag("need Kotlin and Docker experience");
            tagger.save(dir);
            try (QueryTagger loaded = QueryTagger.load(dir.resolve(QueryTagger.ENCODER_FILE),
                    dir.resolve(QueryTagger.HEAD_FILE))) {
                assertThat(loaded.tag("need Kotlin and Docker experience")).isEqualTo(spans);
                assertThat(loaded.evaluate(heldOut).get("knowledge.f1")).isEqualTo(trained);
            }
        }
    }

    @Test
    void splitsWordsAtSpacesAndPunctuationButKeepsSymbolsOfSkillNames() {
        String text = "C++, Node.js/React (3+ years)";
        List<String> words = QueryTagger.words(text).stream().map(w -> text.substring(w[0], w[1])).toList();
        assertThat(words).containsExactly("C++", ",", "Node.js", "/", "React", "(", "3+", "years", ")");
    }

    @Test
    void repairsAnInsideTagThatStartsNothing() {
        assertThat(QueryTaggerModel.repair(List.of("O", "I-SKILL", "I-SKILL", "O", "B-SKILL")))
                .containsExactly("O", "B-SKILL", "I-SKILL", "O", "B-SKILL");
    }

    /** Template sentences naming software skills by their English names, with their spans tagged. */
    static List<TaggedSentence> sentences(int count, long seed) {
        List<Skill> skills = SkillTaxonomy.standard().inCategory(SkillCategory.SOFTWARE).stream()
                .filter(s -> s.nameEn().matches("[A-Za-z][A-Za-z0-9 .+#]*")).toList();
        Random random = new Random(seed);
        List<TaggedSentence> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String template = TEMPLATES[random.nextInt(TEMPLATES.length)];
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (String part : template.split(" ")) {
                if (part.equals("%s")) {
                    String[] name = skills.get(random.nextInt(skills.size())).nameEn().split(" ");
                    for (int w = 0; w < name.length; w++) {
                        words.add(name[w]);
                        tags.add(w == 0 ? "B-KNOWLEDGE" : "I-KNOWLEDGE");
                    }
                } else {
                    words.add(part);
                    tags.add("O");
                }
            }
            out.add(new TaggedSentence(words, words.stream().map(w -> "O").toList(), tags));
        }
        return out;
    }

    @Test
    void readsSkillSpanStyleConll(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("sample.conll");
        java.nio.file.Files.writeString(file, "Strong\tO\tO\nPython\tO\tB-Knowledge\nskills\tO\tO\n\n"
                + "manage\tB-Skill\tO\nteams\tI-Skill\tO\n");
        List<TaggedSentence> read = SkillSpanCorpus.read(file);
        assertThat(read).hasSize(2);
        assertThat(read.get(0).knowledge()).containsExactly("O", "B-KNOWLEDGE", "O");
        assertThat(read.get(1).skills()).containsExactly("B-SKILL", "I-SKILL");
        assertThat(Map.of("n", read.get(1).words().size())).containsEntry("n", 2);
    }
}
