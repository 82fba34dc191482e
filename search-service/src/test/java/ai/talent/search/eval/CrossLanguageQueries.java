package ai.talent.search.eval;

import ai.talent.domain.model.Language;
import ai.talent.domain.model.Nullable;
import ai.talent.sim.ParallelTexts;
import ai.talent.sim.harness.Metrics;
import ai.talent.sim.harness.SearchItem;
import ai.talent.sim.harness.SearchSet;
import ai.talent.sim.harness.SearchTask;
import ai.talent.sim.text.TextHalf;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cross-language query set: every judged query of a test market rendered once in English and once in pure
 * Korean from the intent the simulator wrote it from (the simulator's parallel texts, as {@code ./talent simulate
 * parallel} writes them: the Korean side drawn until it names the same skills, domain, region and years as the
 * English one), keeping the original query's grades — the same intent asks for the same freelancers. Queries are
 * grouped by the language most of their relevant freelancers write their profiles in, so a Korean rendering
 * searched against a group of English profiles measures Korean → English retrieval, and the other rendering of
 * the same queries is the same-language reference.
 */
final class CrossLanguageQueries {

    /** One judged query ({@code itemId}, the harness's id) in both languages. */
    record Rendered(String itemId, String en, String ko) {

        String text(Language language) {
            return switch (language) {
                case EN -> en;
                case KO -> ko;
                case MIXED -> throw new IllegalArgumentException("a rendering is English or Korean");
            };
        }
    }

    /** The renderings of a set's queries, and how many queries had no Korean rendering naming the same facts. */
    record Renderings(List<Rendered> rendered, int passedOver) {
    }

    /**
     * A measured cell: the queries rendered in {@code query}, scored either on the queries whose relevant profiles
     * are mostly written in {@code profiles} with their whole ranking ({@code within} false; the existing
     * definition of the cross-language queries), or on every query with a judged profile (grade 1–3) written in
     * {@code profiles}, its ranking and grades restricted to the profiles written in that language ({@code within}
     * true: how well the query ranks that language's profiles, whatever else is relevant), or, with {@code profiles}
     * null, on every rendered query with its whole ranking. Keys: {@code xlang_ko_query_en_profiles},
     * {@code xlang_ko_query_within_en_profiles}, {@code samelang_en_query_en_profiles}, {@code rendered_ko_query}.
     */
    record Cell(Language query, @Nullable Language profiles, boolean within) {

        static final List<Cell> ALL = List.of(
                new Cell(Language.KO, Language.EN, false), new Cell(Language.EN, Language.EN, false),
                new Cell(Language.EN, Language.KO, false), new Cell(Language.KO, Language.KO, false),
                new Cell(Language.KO, Language.EN, true), new Cell(Language.EN, Language.EN, true),
                new Cell(Language.EN, Language.KO, true), new Cell(Language.KO, Language.KO, true),
                new Cell(Language.KO, null, false), new Cell(Language.EN, null, false));

        Cell {
            if (query == Language.MIXED || profiles == Language.MIXED || (within && profiles == null)) {
                throw new IllegalArgumentException("not a cell: " + query + ", " + profiles + ", " + within);
            }
        }

        boolean crossLanguage() {
            return profiles != null && query != profiles;
        }

        /** The cell of the same queries in the profiles' own language (a cross-language cell's reference). */
        Cell sameLanguage() {
            return new Cell(profiles, profiles, within);
        }

        String key() {
            if (profiles == null) {
                return "rendered_" + lower(query) + "_query";
            }
            return (crossLanguage() ? "xlang_" : "samelang_") + lower(query) + "_query_" + (within ? "within_" : "")
                    + lower(profiles) + "_profiles";
        }

        /** For the table: "KO q -> mostly EN", "KO q -> within EN", "KO q -> all". */
        String label() {
            return query + " q -> " + (profiles == null ? "all queries" : (within ? "within " : "mostly ") + profiles);
        }

        private static String lower(Language l) {
            return l.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private CrossLanguageQueries() {
    }

    /**
     * The set's judged queries (at least one freelancer of grade 1–3: NDCG is defined, as in the harness's report),
     * each in English and Korean as the simulator's parallel texts render its intent ({@code half}: the wording half the
     * set's market writes with). Item ids are the harness's, {@code s<seed>/<query id>}.
     */
    static Renderings render(SearchSet set, TextHalf half, Map<String, Map<String, Integer>> grades) {
        ParallelTexts texts = new ParallelTexts(set.seed(), half);
        List<Rendered> out = new ArrayList<>();
        int passedOver = 0;
        for (SearchItem item : set.items()) {
            if (grades.getOrDefault(item.id(), Map.of()).values().stream().noneMatch(g -> g > 0)) {
                continue;
            }
            ParallelTexts.Pair pair = texts.query(queryId(set.seed(), item.id()));
            if (pair == null) {
                passedOver++;
            } else {
                out.add(new Rendered(item.id(), pair.en(), pair.ko()));
            }
        }
        return new Renderings(List.copyOf(out), passedOver);
    }

    /** The simulator's query id of a harness item ({@code s201/q-7} → {@code q-7}). */
    static String queryId(long seed, String itemId) {
        String prefix = "s" + seed + "/";
        if (!itemId.startsWith(prefix)) {
            throw new IllegalArgumentException("item '" + itemId + "' is not of seed " + seed);
        }
        return itemId.substring(prefix.length());
    }

    /**
     * The language more than half of a query's relevant freelancers (grade at least the harness's relevance grade)
     * write their profiles in, or null when none has a majority (or nobody is relevant). {@code written}: each
     * freelancer's text language.
     */
    static @Nullable Language mostlyWrittenIn(Map<String, Integer> grades, Map<String, Language> written) {
        Map<Language, Integer> counts = new HashMap<>();
        int relevant = 0;
        for (Map.Entry<String, Integer> g : grades.entrySet()) {
            if (g.getValue() >= SearchTask.relevantGrade()) {
                relevant++;
                Language l = written.get(g.getKey());
                if (l != null) {
                    counts.merge(l, 1, Integer::sum);
                }
            }
        }
        for (Map.Entry<Language, Integer> c : counts.entrySet()) {
            if (c.getValue() * 2 > relevant) {
                return c.getKey();
            }
        }
        return null;
    }

    /** Each freelancer of the set's pool by id, with the language their profile is written in. */
    static Map<String, Language> written(SearchSet set) {
        Map<String, Language> out = new HashMap<>();
        set.pool().forEach(f -> out.put(f.id(), f.textLanguage()));
        return out;
    }

    /**
     * NDCG@10 of a rendering's ranking (freelancer ids, best first) in a cell, or NaN when the query is not in the
     * cell ({@code grades}: the original query's; {@code written}: each freelancer's text language).
     */
    static double ndcg10(Cell cell, List<String> ranking, Map<String, Integer> grades, Map<String, Language> written) {
        if (cell.profiles() == null) {
            return Metrics.ndcgAt(10, ranking, grades);
        }
        if (!cell.within()) {
            return mostlyWrittenIn(grades, written) == cell.profiles() ? Metrics.ndcgAt(10, ranking, grades)
                    : Double.NaN;
        }
        Map<String, Integer> restricted = new HashMap<>();
        grades.forEach((id, g) -> {
            if (written.get(id) == cell.profiles()) {
                restricted.put(id, g);
            }
        });
        // NaN when none of them is judged (grade 1–3)
        List<String> theirs = ranking.stream().filter(id -> written.get(id) == cell.profiles()).toList();
        return Metrics.ndcgAt(10, theirs, restricted);
    }
}
