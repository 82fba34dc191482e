package ai.talent.nn.domain;

import ai.talent.nn.compress.RetrievalScores;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A lookup task with one right answer per query: queries (alternative titles, skill aliases) are ranked against
 * every candidate text by cosine similarity; {@code answers[i]} is the index of query i's candidate.
 */
public record RetrievalTask(String name, List<String> queries, int[] answers, List<String> candidates) {

    public RetrievalTask {
        if (queries.size() != answers.length) {
            throw new IllegalArgumentException(name + ": " + queries.size() + " queries but " + answers.length
                    + " answers");
        }
        queries = List.copyOf(queries);
        candidates = List.copyOf(candidates);
    }

    /** MRR@10 and Recall@10 (per-query reciprocal ranks kept for the bootstrap) under an encoder's unit vectors. */
    public RetrievalScores score(Function<List<String>, float[][]> embed) {
        if (queries.isEmpty()) {
            throw new IllegalStateException(name + " has no queries");
        }
        return RetrievalScores.of(embed.apply(queries), embed.apply(candidates), answers);
    }

    /**
     * Alternative title → occupation: the alternative titles of the occupations {@code from} accepts, against the
     * preferred titles of the occupations {@code among} accepts (which must include those of {@code from}).
     * {@code maxQueries > 0} keeps a seeded sample of that many queries.
     */
    public static RetrievalTask occupations(String name, Taxonomy taxonomy, Predicate<Occupation> from,
            Predicate<Occupation> among, int maxQueries, long seed) {
        List<String> candidates = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Occupation o : taxonomy.occupations()) {
            if (among.test(o)) {
                index.put(o.id(), candidates.size());
                candidates.add(o.preferred());
            }
        }
        List<String> queries = new ArrayList<>();
        List<Integer> answers = new ArrayList<>();
        for (Occupation o : taxonomy.occupations()) {
            if (!from.test(o)) {
                continue;
            }
            Integer answer = index.get(o.id());
            if (answer == null) {
                throw new IllegalArgumentException(name + ": occupation " + o.id() + " is queried but not a candidate");
            }
            for (String alt : o.alternatives()) {
                queries.add(alt);
                answers.add(answer);
            }
        }
        return sampled(name, queries, answers, candidates, maxQueries, seed);
    }

    /**
     * Skill alias → skill: the aliases of the skills {@code from} accepts, against every skill text of the taxonomy
     * except {@code excluded} ones (texts of skills the task must not reveal, e.g. held-out skills in a dev check).
     * {@code distractors ≥ 0} keeps only a seeded sample of that many texts of the label list besides the skills'
     * own labels (a cheaper check while training); negative keeps them all.
     */
    public static RetrievalTask skills(String name, Taxonomy taxonomy, Predicate<Skill> from, Set<String> excluded,
            int distractors, int maxQueries, long seed) {
        List<String> candidates = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        Set<String> own = new java.util.HashSet<>();
        taxonomy.skills().forEach(s -> own.add(s.preferred()));
        List<String> extra = new ArrayList<>(taxonomy.skillCandidates().stream().filter(t -> !own.contains(t)).toList());
        if (distractors >= 0 && distractors < extra.size()) {
            Collections.shuffle(extra, new Random(seed));
            extra = extra.subList(0, distractors);
        }
        Set<String> kept = new java.util.HashSet<>(extra);
        for (String text : taxonomy.skillCandidates()) {
            if (!excluded.contains(text) && (own.contains(text) || kept.contains(text))) {
                index.put(text, candidates.size());
                candidates.add(text);
            }
        }
        List<String> queries = new ArrayList<>();
        List<Integer> answers = new ArrayList<>();
        for (Skill s : taxonomy.skills()) {
            if (!from.test(s)) {
                continue;
            }
            Integer answer = index.get(s.preferred());
            if (answer == null) {
                throw new IllegalArgumentException(name + ": skill " + s.preferred() + " is queried but excluded");
            }
            for (String alias : s.aliases()) {
                queries.add(alias);
                answers.add(answer);
            }
        }
        return sampled(name, queries, answers, candidates, maxQueries, seed);
    }

    private static RetrievalTask sampled(String name, List<String> queries, List<Integer> answers,
            List<String> candidates, int maxQueries, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            order.add(i);
        }
        if (maxQueries > 0 && maxQueries < order.size()) {
            Collections.shuffle(order, new Random(seed));
            order = new ArrayList<>(order.subList(0, maxQueries));
            Collections.sort(order);
        }
        List<String> q = new ArrayList<>();
        int[] a = new int[order.size()];
        for (int i = 0; i < order.size(); i++) {
            q.add(queries.get(order.get(i)));
            a[i] = answers.get(order.get(i));
        }
        return new RetrievalTask(name, q, a, candidates);
    }
}
