package ai.talent.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talent.sim.ParallelTexts.Kind;
import ai.talent.sim.ParallelTexts.Pair;
import ai.talent.sim.text.SkillMention;
import ai.talent.sim.text.TextHalf;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelTextsTests {

    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");

    private static List<Pair> pairs(long seed, int n) {
        List<Pair> out = new ArrayList<>();
        new ParallelTexts(seed, TextHalf.TRAIN).write(n, out::add);
        return out;
    }

    @Test
    void theSameSeedWritesTheSamePairsAndAnotherSeedOthers() {
        List<Pair> first = pairs(7, 120);
        assertThat(pairs(7, 120)).isEqualTo(first);
        assertThat(pairs(8, 120)).isNotEqualTo(first);
    }

    @Test
    void bothSidesAreShortAndNonEmptyKoreanInHangulEnglishWithout() {
        List<Pair> pairs = pairs(11, 400);
        assertThat(pairs).hasSize(400);
        for (Pair pair : pairs) {
            assertThat(pair.en()).as("%s", pair).isNotBlank().doesNotContainPattern(HANGUL);
            assertThat(pair.ko()).as("%s", pair).isNotBlank().containsPattern(HANGUL);
            // the distillation reads at most 48 tokens: these are headlines, titles, queries and one sentence
            assertThat(pair.en().split("\\s+").length).as("%s", pair).isLessThanOrEqualTo(40);
            assertThat(pair.ko().split("\\s+").length).as("%s", pair).isLessThanOrEqualTo(40);
        }
        // not one text written twice: each side is drawn from its own bank
        assertThat(pairs.stream().filter(p -> p.en().equals(p.ko())).count()).isZero();
    }

    @Test
    void writesTheDocumentedKindsInterleavedInTheirShares() {
        List<Pair> pairs = pairs(5, 200);
        Set<String> firstKinds = new TreeSet<>();
        pairs.subList(0, 12).forEach(p -> firstKinds.add(p.kind().key()));
        assertThat(firstKinds).containsExactlyInAnyOrder("freelancer-headline", "bio-sentence", "project-title",
                "query");
        assertThat(pairs.stream().filter(p -> p.kind() == Kind.FREELANCER_HEADLINE)).hasSize(60);
        assertThat(pairs.stream().filter(p -> p.kind() == Kind.BIO_SENTENCE)).hasSize(30);
        assertThat(pairs.stream().filter(p -> p.kind() == Kind.PROJECT_TITLE)).hasSize(50);
        assertThat(pairs.stream().filter(p -> p.kind() == Kind.QUERY)).hasSize(60);
    }

    @Test
    void bothSidesNameTheSameSkillsOfTheSimulatedContent() {
        long seed = 13;
        ParallelTexts texts = new ParallelTexts(seed, TextHalf.TRAIN);
        // the content the simulator itself generates for the same seed and index
        Marketplace market = new Marketplace(SimConfig.of(100_000, 100_000, 0, seed).withTextHalf(TextHalf.TRAIN));
        int checked = 0;
        int withSkills = 0;
        for (Kind kind : List.of(Kind.FREELANCER_HEADLINE, Kind.QUERY)) {
            for (long i = 0; i < 80; i++) {
                Pair pair = texts.pair(kind, i);
                if (pair == null) {
                    continue;
                }
                List<SkillMention> skills = kind == Kind.QUERY ? market.queryIntent(i).skills()
                        : market.freelancerProfile(i).skills();
                Set<String> en = named(pair.en(), skills);
                Set<String> ko = named(pair.ko(), skills);
                assertThat(ko).as("%s", pair).isEqualTo(en);
                checked++;
                if (!en.isEmpty()) {
                    withSkills++;
                }
            }
        }
        assertThat(checked).isGreaterThan(120);
        // most of these texts name skills at all, so the agreement above is not empty sets agreeing
        assertThat(withSkills).isGreaterThan(checked / 2);
    }

    @Test
    void aQueryOfAnyMarketWithTheSeedIsRenderedFromItsOwnIntent() {
        long seed = 17;
        // a small market as the scoring harness simulates its test seeds (other sizes than the parallel texts')
        SimConfig config = SimConfig.of(120, 20, 0, seed).withQueries(40).withTextHalf(TextHalf.TEST);
        java.util.Map<String, QuerySpec> specs = new java.util.LinkedHashMap<>();
        new MarketplaceSimulator(config).run(new SimSink() {
            @Override
            public void event(String file, ai.talent.domain.event.DomainEvent event, Record truth) {
            }

            @Override
            public void record(String file, String name, Record value, Record truth) {
                if (name.equals(SimFiles.QUERY)) {
                    specs.put(((SimQuery) value).id(), ((QueryTruth) truth).intent());
                }
            }
        }, Progress.silent());
        ParallelTexts texts = new ParallelTexts(seed, TextHalf.TEST);
        ai.talent.domain.skill.SkillTaxonomy taxonomy = ai.talent.domain.skill.SkillTaxonomy.standard();
        int rendered = 0;
        int withSkills = 0;
        for (var e : specs.entrySet()) {
            Pair pair = texts.query(e.getKey());
            assertThat(pair).as(e.getKey()).isEqualTo(texts.pair(Kind.QUERY, QueryGenerator.index(e.getKey())));
            if (pair == null) {
                continue;
            }
            rendered++;
            List<SkillMention> skills = e.getValue().skillIds().stream()
                    .map(id -> taxonomy.byId(id).orElseThrow())
                    .map(s -> SkillMention.of(s.nameEn(), s.nameKo(), s.aliases())).toList();
            Set<String> en = named(pair.en(), skills);
            // both sides name the same skills of the query's true intent, and at least one of them when it has any
            assertThat(named(pair.ko(), skills)).as("%s: %s", e.getKey(), pair).isEqualTo(en);
            if (!skills.isEmpty()) {
                assertThat(en).as("%s: %s", e.getKey(), pair).isNotEmpty();
                withSkills++;
            }
        }
        assertThat(rendered).isGreaterThan(30);
        assertThat(withSkills).isGreaterThan(rendered / 2);
        assertThatThrownBy(() -> texts.query("p-3")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The skills (by English name) a text names by any of their English or Korean names or aliases. */
    private static Set<String> named(String text, List<SkillMention> skills) {
        Set<String> out = new LinkedHashSet<>();
        for (SkillMention skill : skills) {
            List<String> forms = new ArrayList<>(List.of(skill.nameEn(), skill.nameKo()));
            forms.addAll(skill.aliases());
            for (String form : forms) {
                String boundary = HANGUL.matcher(form).find() ? "" : "(?<![A-Za-z0-9])";
                String after = HANGUL.matcher(form).find() ? "" : "(?![A-Za-z0-9])";
                if (Pattern.compile("(?i)" + boundary + Pattern.quote(form) + after).matcher(text).find()) {
                    out.add(skill.nameEn());
                    break;
                }
            }
        }
        return out;
    }

    @Test
    void theCommandWritesJsonLinesAndExplainsItself(@TempDir Path dir) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ParallelCommand.main(new String[] {"--help"});
            ParallelCommand.run(new String[] {"--pairs", "40", "--seed", "3", "--out",
                dir.resolve("sub/parallel.jsonl").toString(), "--text-half", "test"});
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("usage: ./talent simulate parallel", "--pairs", "--text-half");
        assertThat(output.strip().lines().reduce((a, b) -> b).orElseThrow()).startsWith("{\"parallel.pairs\":40");
        List<String> lines = Files.readAllLines(dir.resolve("sub/parallel.jsonl"));
        assertThat(lines).hasSize(40);
        JsonMapper json = JsonMapper.builder().build();
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            assertThat(node.get("kind").asText()).isIn("freelancer-headline", "bio-sentence", "project-title", "query");
            assertThat(node.get("en").asText()).isNotBlank();
            assertThat(node.get("ko").asText()).isNotBlank();
        }
        assertThatThrownBy(() -> ParallelCommand.run(new String[] {"--text-half", "half"}))
                .hasMessageContaining("--text-half must be train, test or all");
        assertThatThrownBy(() -> ParallelCommand.run(new String[] {"--pair", "3"}))
                .hasMessageContaining("unknown option --pair");
    }
}
