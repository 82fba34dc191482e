package ai.talent.search.eval;

import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.model.Freelancer;
import ai.talent.sim.Judgment;
import ai.talent.sim.MarketplaceSimulator;
import ai.talent.sim.Progress;
import ai.talent.sim.QueryTruth;
import ai.talent.sim.SimConfig;
import ai.talent.sim.SimFiles;
import ai.talent.sim.SimLine;
import ai.talent.sim.SimLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The simulator's recruiter queries with their graded relevance, read through today's simulator API (files
 * written by {@link MarketplaceSimulator}): the one place the search evaluation touches the simulator, so that
 * moving to the next simulator's scoring harness changes this adapter only.
 */
public record SimulatedSearchSet(List<Freelancer> freelancers, List<JudgedQuery> queries) {

    /** A query, its text language (KO, EN, MIXED), the grade of each judged freelancer and how many have each grade. */
    public record JudgedQuery(String id, String text, String language, Map<String, Integer> grades,
                              List<String> oracleOrder, long grade1, long grade2, long grade3) {

        public long relevant() {
            return grade1 + grade2 + grade3;
        }

        public int grade(String freelancerId) {
            return grades.getOrDefault(freelancerId, 0);
        }
    }

    /** Simulates a marketplace of {@code freelancers} and {@code queries} with a seed, in a temporary folder. */
    public static SimulatedSearchSet generate(int freelancers, int queries, long seed) {
        try {
            Path dir = Files.createTempDirectory("search-eval-sim");
            try {
                SimConfig config = SimConfig.of(freelancers, 0, 0, seed).withQueries(queries);
                new MarketplaceSimulator(config).writeTo(dir, Progress.silent());
                return read(dir);
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot simulate the search evaluation set: " + e.getMessage(), e);
        }
    }

    /** Reads a marketplace the simulator wrote into {@code dir}. */
    public static SimulatedSearchSet read(Path dir) {
        List<Freelancer> freelancers = new ArrayList<>();
        try (Stream<SimLine> lines = SimLines.read(dir.resolve(SimFiles.FREELANCERS))) {
            lines.forEach(l -> {
                if (l.event() instanceof FreelancerUpserted e) {
                    freelancers.add(e.freelancer());
                }
            });
        }
        List<JudgedQuery> queries = new ArrayList<>();
        try (Stream<SimLine> lines = SimLines.read(dir.resolve(SimFiles.QUERIES))) {
            lines.forEach(l -> {
                QueryTruth truth = l.truthAs(QueryTruth.class);
                Map<String, Integer> grades = new HashMap<>();
                List<String> order = new ArrayList<>();
                for (Judgment j : truth.judgments()) {
                    grades.put(j.freelancerId(), j.grade());
                    order.add(j.freelancerId());
                }
                queries.add(new JudgedQuery(l.record().get("id").asText(), l.record().get("text").asText(),
                        l.record().get("language").asText(), grades, order, truth.grade1(), truth.grade2(),
                        truth.grade3()));
            });
        }
        return new SimulatedSearchSet(freelancers, queries);
    }
}
