package ai.talent.search.eval;

import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.model.Freelancer;
import ai.talent.sim.FreelancerTruth;
import ai.talent.sim.Judgment;
import ai.talent.sim.JudgmentTruth;
import ai.talent.sim.MarketplaceSimulator;
import ai.talent.sim.Progress;
import ai.talent.sim.QuerySpec;
import ai.talent.sim.QueryTruth;
import ai.talent.sim.SimConfig;
import ai.talent.sim.SimFiles;
import ai.talent.sim.SimQuery;
import ai.talent.sim.SimSink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small simulated marketplace's recruiter queries with their graded relevance, collected from the simulator's
 * stream (the same records the scoring harness collects): for the quality test and the tagger's simulated
 * sentences, with each freelancer's hidden truth for diagnosis. The reported evaluation goes through the harness itself ({@link HarnessEvaluation}).
 */
public record SimulatedSearchSet(List<Freelancer> freelancers, List<JudgedQuery> queries,
                                 Map<String, FreelancerTruth> truths) {

    /**
     * A query, its text language (KO, EN, MIXED), the structured intent it was written from (truth), the grade of
     * each judged freelancer, the judged freelancers by true relevance (the oracle's order) and how many have each
     * grade.
     */
    public record JudgedQuery(String id, String text, String language, QuerySpec intent, Map<String, Integer> grades,
                              List<String> oracleOrder, long grade1, long grade2, long grade3) {

        public long relevant() {
            return grade1 + grade2 + grade3;
        }

        public int grade(String freelancerId) {
            return grades.getOrDefault(freelancerId, 0);
        }
    }

    /** The freelancers by id (built anew on each call: hold on to it). */
    public Map<String, Freelancer> byId() {
        Map<String, Freelancer> out = new HashMap<>();
        freelancers.forEach(f -> out.put(f.id(), f));
        return out;
    }

    /** Simulates a marketplace of {@code freelancers} (as they joined) and {@code queries} with a seed, in memory. */
    public static SimulatedSearchSet generate(int freelancers, int queries, long seed) {
        return generate(freelancers, queries, seed, ai.talent.sim.text.TextHalf.TRAIN);
    }

    /** The same, with the texts written in the given half of the simulator's wording. */
    public static SimulatedSearchSet generate(int freelancers, int queries, long seed, ai.talent.sim.text.TextHalf half) {
        Collector sink = new Collector();
        new MarketplaceSimulator(SimConfig.of(freelancers, 0, 0, seed).withQueries(queries).withTextHalf(half))
                .run(sink, Progress.silent());
        List<JudgedQuery> judged = new ArrayList<>();
        for (Collected c : sink.queries.values()) {
            List<String> order = new ArrayList<>(c.scores.keySet());
            order.sort(Comparator.comparingDouble((String id) -> -c.scores.get(id)).thenComparing(id -> id));
            long[] counts = new long[4];
            c.grades.values().forEach(g -> counts[g]++);
            judged.add(new JudgedQuery(c.query.id(), c.query.text(), c.query.language().name(), c.intent,
                    Map.copyOf(c.grades), List.copyOf(order), counts[1], counts[2], counts[3]));
        }
        return new SimulatedSearchSet(List.copyOf(sink.freelancers.values()), List.copyOf(judged), Map.copyOf(sink.truths));
    }

    private record Collected(SimQuery query, QuerySpec intent, Map<String, Integer> grades, Map<String, Double> scores) {
    }

    /** Keeps each freelancer's first profile (the pool a query searches, as in the harness), queries, judgments. */
    private static final class Collector implements SimSink {

        final Map<String, Freelancer> freelancers = new LinkedHashMap<>();
        final Map<String, Collected> queries = new LinkedHashMap<>();
        final Map<String, FreelancerTruth> truths = new HashMap<>();

        @Override
        public void event(String file, DomainEvent event, Record truth) {
            if (event instanceof FreelancerUpserted e) {
                if (freelancers.putIfAbsent(e.freelancer().id(), e.freelancer()) == null
                        && truth instanceof FreelancerTruth t) {
                    truths.put(e.freelancer().id(), t);
                }
            }
        }

        @Override
        public void record(String file, String name, Record value, Record truth) {
            if (name.equals(SimFiles.QUERY)) {
                SimQuery q = (SimQuery) value;
                queries.put(q.id(), new Collected(q, ((QueryTruth) truth).intent(), new HashMap<>(), new HashMap<>()));
            } else if (name.equals(SimFiles.JUDGMENT)) {
                Judgment j = (Judgment) value;
                Collected q = queries.get(j.queryId());
                q.grades().put(j.freelancerId(), j.grade());
                q.scores().put(j.freelancerId(), ((JudgmentTruth) truth).score());
            }
        }
    }
}
