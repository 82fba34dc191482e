package ai.talent.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talent.domain.model.Language;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.search.eval.CrossLanguageQueries.Cell;
import ai.talent.search.eval.CrossLanguageQueries.Rendered;
import ai.talent.search.query.QueryIntent;
import ai.talent.search.query.QueryParser;
import ai.talent.sim.harness.SearchItem;
import ai.talent.sim.harness.SearchSet;
import ai.talent.sim.text.TextHalf;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cross-language query set on a small seeded market: each judged query is rendered in English and in Korean
 * from its own intent (search's query parser reads the same skills, region and years from both renderings, and they
 * are the simulated query's true ones), only judged queries are rendered, and queries are grouped by the language
 * most of their relevant profiles are written in.
 */
class CrossLanguageQueriesTests {

    private static final long SEED = 23;
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");

    /** A simulated market's queries as the harness hands them over: items {@code s<seed>/q-<n>}, the pool. */
    private record Market(SearchSet set, Map<String, Map<String, Integer>> grades,
                          Map<String, SimulatedSearchSet.JudgedQuery> truth) {
    }

    private static Market market() {
        SimulatedSearchSet sim = SimulatedSearchSet.generate(300, 80, SEED);
        List<SearchItem> items = new ArrayList<>();
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        Map<String, SimulatedSearchSet.JudgedQuery> truth = new LinkedHashMap<>();
        for (SimulatedSearchSet.JudgedQuery q : sim.queries()) {
            String id = "s" + SEED + "/" + q.id();
            items.add(new SearchItem(id, q.text(), Language.valueOf(q.language())));
            grades.put(id, q.grades());
            truth.put(id, q);
        }
        return new Market(new SearchSet(SEED, items, List.of(), sim.freelancers()), grades, truth);
    }

    @Test
    void eachJudgedQueryIsRenderedInBothLanguagesWithItsOwnSkillsRegionAndYears() {
        Market m = market();
        CrossLanguageQueries.Renderings r = CrossLanguageQueries.render(m.set(), TextHalf.TEST, m.grades());
        long judged = m.grades().values().stream().filter(g -> g.values().stream().anyMatch(v -> v > 0)).count();
        System.out.printf("judged %d, rendered %d, passed over %d%n", judged, r.rendered().size(), r.passedOver());
        assertThat(judged).isGreaterThan(40);
        assertThat(r.rendered().size() + r.passedOver()).isEqualTo(judged);
        assertThat(r.rendered().size()).isGreaterThan((int) (judged * 0.8));

        QueryParser parser = new QueryParser(SkillTaxonomy.standard(), 1400);
        int agreeing = 0;
        int withSkills = 0;
        for (Rendered q : r.rendered()) {
            assertThat(q.en()).as("%s", q).isNotBlank().doesNotContainPattern(HANGUL);
            assertThat(q.ko()).as("%s", q).containsPattern(HANGUL);
            var spec = m.truth().get(q.itemId()).intent();
            // both renderings name the simulated query's own region and years, or both leave them out
            if (spec.region() != null) {
                assertThat(names(q.ko(), spec.region().nameEn(), spec.region().nameKo())).as("%s", q)
                        .isEqualTo(names(q.en(), spec.region().nameEn(), spec.region().nameKo()));
            }
            if (spec.minYears() != null) {
                String years = "(?<![0-9])" + spec.minYears() + "(?![0-9])";
                assertThat(Pattern.compile(years).matcher(q.ko()).find()).as("%s", q)
                        .isEqualTo(Pattern.compile(years).matcher(q.en()).find());
            }
            // of the query's own skills, search's query parser reads the same ones from either rendering (a rendering
            // may add skills through a role word the other leaves out, "캐릭터 일러스트레이터": the parallel texts
            // agree on skills, domain, region and years, not on the role)
            Set<String> en = ownSkills(parser.parse(q.en()), spec.skillIds());
            Set<String> ko = ownSkills(parser.parse(q.ko()), spec.skillIds());
            assertThat(ko).as("%s", q).isEqualTo(en);
            if (!spec.skillIds().isEmpty()) {
                withSkills++;
                agreeing += en.equals(Set.copyOf(spec.skillIds())) ? 1 : 0;
            }
        }
        // the renderings name the query's skills (a rendering may leave one of two out, in both languages alike)
        System.out.printf("with skills %d, all skills read from the renderings %d%n", withSkills, agreeing);
        assertThat(withSkills).isGreaterThan(r.rendered().size() / 2);
        assertThat(agreeing).isGreaterThan((int) (withSkills * 0.8));
        // deterministic for the seed
        assertThat(CrossLanguageQueries.render(m.set(), TextHalf.TEST, m.grades())).isEqualTo(r);
    }

    @Test
    void queriesAreGroupedByTheLanguageMostOfTheirRelevantProfilesAreWrittenIn() {
        Map<String, Language> written = Map.of("e1", Language.EN, "e2", Language.EN, "e3", Language.EN,
                "k1", Language.KO, "k2", Language.KO, "m1", Language.MIXED);
        // grade 1 is not relevant (the harness's relevance grade is 2): only e1, e2, k1 count here
        assertThat(CrossLanguageQueries.mostlyWrittenIn(Map.of("e1", 3, "e2", 2, "k1", 2, "k2", 1, "m1", 1), written))
                .isEqualTo(Language.EN);
        assertThat(CrossLanguageQueries.mostlyWrittenIn(Map.of("k1", 2, "k2", 3, "e1", 1, "e2", 1, "e3", 1), written))
                .isEqualTo(Language.KO);
        // no majority: half English, half Korean; or English, Korean and mixed one each
        assertThat(CrossLanguageQueries.mostlyWrittenIn(Map.of("e1", 2, "k1", 2), written)).isNull();
        assertThat(CrossLanguageQueries.mostlyWrittenIn(Map.of("e1", 2, "k1", 2, "m1", 3), written)).isNull();
        assertThat(CrossLanguageQueries.mostlyWrittenIn(Map.of("e1", 1, "e2", 1), written)).isNull();
        assertThat(CrossLanguageQueries.mostlyWrittenIn(Map.of(), written)).isNull();

        // a query with relevant English profiles (e1, e2) and one Korean (k1); k2 and m1 not relevant (grade 1)
        Map<String, Integer> grades = Map.of("e1", 3, "e2", 2, "k1", 2, "k2", 1);
        List<String> ranking = List.of("k2", "k1", "m1", "e2", "e1");
        Cell koMostlyEn = new Cell(Language.KO, Language.EN, false);
        Cell koWithinEn = new Cell(Language.KO, Language.EN, true);
        Cell enMostlyKo = new Cell(Language.EN, Language.KO, false);
        Cell enWithinKo = new Cell(Language.EN, Language.KO, true);
        Cell koAll = new Cell(Language.KO, null, false);
        double whole = ai.talent.sim.harness.Metrics.ndcgAt(10, ranking, grades);
        // mostly English: the whole ranking counts
        assertThat(CrossLanguageQueries.ndcg10(koMostlyEn, ranking, grades, written)).isEqualTo(whole);
        assertThat(CrossLanguageQueries.ndcg10(koAll, ranking, grades, written)).isEqualTo(whole);
        assertThat(CrossLanguageQueries.ndcg10(enMostlyKo, ranking, grades, written)).isNaN();
        // within English: only e2, e1 in that order, graded 2, 3 against the ideal 3, 2
        double g3 = 7;
        double g2 = 3;
        double expected = (g2 + g3 / log2(3)) / (g3 + g2 / log2(3));
        assertThat(CrossLanguageQueries.ndcg10(koWithinEn, ranking, grades, written)).isCloseTo(expected,
                org.assertj.core.data.Offset.offset(1e-12));
        // within Korean: k2 (grade 1) above k1 (grade 2); m1 and the English profiles left out, e1 above k1 would not matter
        assertThat(CrossLanguageQueries.ndcg10(enWithinKo, ranking, grades, written)).isCloseTo(
                (1 + g2 / log2(3)) / (g2 + 1 / log2(3)), org.assertj.core.data.Offset.offset(1e-12));
        // no judged Korean profile: not in the cell
        assertThat(CrossLanguageQueries.ndcg10(enWithinKo, ranking, Map.of("e1", 3, "m1", 2), written)).isNaN();

        assertThat(koMostlyEn.key()).isEqualTo("xlang_ko_query_en_profiles");
        assertThat(enMostlyKo.key()).isEqualTo("xlang_en_query_ko_profiles");
        assertThat(koWithinEn.key()).isEqualTo("xlang_ko_query_within_en_profiles");
        assertThat(koWithinEn.sameLanguage().key()).isEqualTo("samelang_en_query_within_en_profiles");
        assertThat(koAll.key()).isEqualTo("rendered_ko_query");
        assertThat(koAll.crossLanguage()).isFalse();
        assertThatThrownBy(() -> new Cell(Language.MIXED, Language.EN, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Set<String> ownSkills(QueryIntent parsed, List<String> own) {
        Set<String> out = new java.util.TreeSet<>(parsed.skillIds());
        out.retainAll(own);
        return out;
    }

    private static boolean names(String text, String... forms) {
        for (String form : forms) {
            if (text.toLowerCase(java.util.Locale.ROOT).contains(form.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void onASimulatedMarketBothGroupsAreFoundAndTheOldCrossLanguageQueriesAreTheKoreanOnesOfTheEnglishGroup() {
        Market m = market();
        Map<String, Language> written = CrossLanguageQueries.written(m.set());
        Map<Language, Integer> counts = new LinkedHashMap<>();
        for (SearchItem item : m.set().items()) {
            Language l = CrossLanguageQueries.mostlyWrittenIn(m.grades().get(item.id()), written);
            if (l != null) {
                counts.merge(l, 1, Integer::sum);
            }
        }
        System.out.println("queries by the language of their relevant profiles: " + counts);
        assertThat(counts).containsKeys(Language.EN, Language.KO);
        List<String> old = HarnessEvaluation.crossLanguage(m.set(), m.grades());
        // as it was counted before: Korean queries, more than half of whose relevant (grade ≥ 2) profiles are English
        List<String> expected = new ArrayList<>();
        for (SearchItem item : m.set().items()) {
            long relevant = m.grades().get(item.id()).entrySet().stream().filter(g -> g.getValue() >= 2).count();
            long english = m.grades().get(item.id()).entrySet().stream().filter(g -> g.getValue() >= 2)
                    .filter(g -> written.get(g.getKey()) == Language.EN).count();
            if (item.language() == Language.KO && relevant > 0 && english * 2 > relevant) {
                expected.add(item.id());
            }
        }
        assertThat(old).isEqualTo(expected);
    }

    @Test
    void itemIdsMapToTheSimulatorsQueryIds() {
        assertThat(CrossLanguageQueries.queryId(201, "s201/q-17")).isEqualTo("q-17");
        assertThatThrownBy(() -> CrossLanguageQueries.queryId(202, "s201/q-17"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
