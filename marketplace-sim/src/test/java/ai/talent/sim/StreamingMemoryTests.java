package ai.talent.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingMemoryTests {

    /**
     * A marketplace of every kind of entity — 4,000 freelancers judged against 5 queries, 800 projects with their
     * hiring and contracts, 3,000 learners with about 180,000 attempts — serialises to far more JSON than a 48 MB
     * heap could hold (about 75 million characters), so a design that kept any kind of entity, even only as its
     * output text, would fail here. Sizes are kept so the test takes seconds, not minutes, on a busy machine; the
     * child skips the benchmark's warm-up and reference runs ({@code --quick}).
     */
    private static final int FREELANCERS = 4_000;
    private static final int PROJECTS = 800;
    private static final int LEARNERS = 3_000;
    private static final int HEAP_MB = 48;
    /** Measured about 16 MB: the exercise catalogue, the bounded text-variety samples and the recent profiles. */
    private static final double RETAINED_BOUND_MB = 24;

    @Test
    void streamsFreelancersProjectsLearnersAndJudgedQueriesThroughA48MegabyteHeap() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx" + HEAP_MB + "m", "-cp", classPath,
                SimulatorScaleBench.class.getName(), "--freelancers", String.valueOf(FREELANCERS), "--projects",
                String.valueOf(PROJECTS), "--learners", String.valueOf(LEARNERS), "--queries", "5", "--seed", "7", "--quick")
                .redirectErrorStream(true).start();
        child.getOutputStream().close();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(180, TimeUnit.SECONDS)).as("child finished; output:%n%s", output).isTrue();
        assertThat(child.exitValue()).as("exit code with -Xmx%dm; output:%n%s", HEAP_MB, output).isZero();

        String last = output.strip().lines().reduce((a, b) -> b).orElseThrow();
        JsonNode figures = new ObjectMapper().readTree(last);
        assertThat(figures.get("freelancers").asInt()).isEqualTo(FREELANCERS);
        assertThat(figures.get("contracts").asInt()).as(last).isGreaterThan(PROJECTS / 2);
        assertThat(figures.get("attempts").asInt()).as(last).isGreaterThan(50 * LEARNERS);
        assertThat(figures.get("judgments").asInt()).as(last).isGreaterThan(0);
        assertThat(figures.get("max_heap_mb").asDouble()).isLessThanOrEqualTo(HEAP_MB);
        assertThat(figures.get("peak_rss_mb").asDouble()).as(last).isPositive();
        // The output really passed through: far more text than the heap could hold at once.
        double jsonMegabytesAtLeast = figures.get("json_mchars").asDouble() * 1e6 / (1 << 20);
        assertThat(jsonMegabytesAtLeast).as(last).isGreaterThan(1.25 * HEAP_MB);
        // What the run keeps once done, its statistics still alive, is a fraction of the text it wrote.
        assertThat(figures.get("retained_heap_mb").asDouble()).as(last).isLessThan(RETAINED_BOUND_MB);
    }

    @Test
    void writesTheSameLinesToAnySinkAsToFiles(@TempDir Path dir) throws Exception {
        SimConfig config = SimConfig.of(60, 20, 5, 11).withQueries(3).withAttemptsPerLearner(10);
        new MarketplaceSimulator(config).writeTo(dir, Progress.silent());
        Map<String, StringWriter> sinks = new HashMap<>();
        new MarketplaceSimulator(config).writeTo(file -> sinks.computeIfAbsent(file, f -> new StringWriter()),
                Progress.silent());
        for (String file : SimFiles.ALL) {
            assertThat(sinks.get(file)).as(file).isNotNull();
            assertThat(sinks.get(file).toString()).as(file).isNotEmpty()
                    .isEqualTo(Files.readString(dir.resolve(file), StandardCharsets.UTF_8));
        }
    }
}
