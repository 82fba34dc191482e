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
     * 80,000 freelancers serialise to about 100 million characters of JSON (about 1,250 each, measured), so a
     * design that kept them, even only as their output text at one byte per character, would need twice a 48 MB
     * heap, before counting the objects themselves. 200,000 would be more convincing but takes about 20 s alone
     * on an idle 2-core machine, too close to the test budget on a busy one (80,000: 8 s at load 4, 19 s with a
     * million-freelancer benchmark running beside it).
     */
    private static final int FREELANCERS = 80_000;
    private static final int HEAP_MB = 48;
    /** Measured 22-23 MB from 10,000 to 1,000,000 freelancers: the bounded text-variety samples. */
    private static final double RETAINED_BOUND_MB = 30;

    @Test
    void streamsEightyThousandFreelancersThroughA48MegabyteHeap() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx" + HEAP_MB + "m", "-cp", classPath,
                SimulatorScaleBench.class.getName(), "--freelancers", String.valueOf(FREELANCERS), "--seed", "7")
                .redirectErrorStream(true).start();
        child.getOutputStream().close();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child finished; output:%n%s", output).isTrue();
        assertThat(child.exitValue()).as("exit code with -Xmx%dm; output:%n%s", HEAP_MB, output).isZero();

        String last = output.strip().lines().reduce((a, b) -> b).orElseThrow();
        JsonNode figures = new ObjectMapper().readTree(last);
        assertThat(figures.get("freelancers").asInt()).isEqualTo(FREELANCERS);
        assertThat(figures.get("max_heap_mb").asDouble()).isLessThanOrEqualTo(HEAP_MB);
        // The output really passed through: far more text than the heap could hold at once.
        double jsonMegabytesAtLeast = figures.get("json_mchars").asDouble() * 1e6 / (1 << 20);
        assertThat(jsonMegabytesAtLeast).as(last).isGreaterThan(1.9 * HEAP_MB);
        // What the run keeps once done, its statistics still alive, is under a third of the text it wrote.
        assertThat(figures.get("retained_heap_mb").asDouble()).as(last).isLessThan(RETAINED_BOUND_MB);
    }

    @Test
    void writesTheSameLinesToAnySinkAsToFiles(@TempDir Path dir) throws Exception {
        SimConfig config = SimConfig.of(60, 20, 5, 11).withQueries(3);
        new MarketplaceSimulator(config).writeTo(dir, Progress.silent());
        Map<String, StringWriter> sinks = new HashMap<>();
        new MarketplaceSimulator(config).writeTo(file -> sinks.computeIfAbsent(file, f -> new StringWriter()),
                Progress.silent());
        for (String file : List.of(SimFiles.FREELANCERS, SimFiles.CLIENTS, SimFiles.PROJECTS, SimFiles.CONTRACTS,
                SimFiles.LEARNERS, SimFiles.EXERCISES, SimFiles.ATTEMPTS, SimFiles.QUERIES)) {
            assertThat(sinks.get(file)).as(file).isNotNull();
            assertThat(sinks.get(file).toString()).as(file).isNotEmpty()
                    .isEqualTo(Files.readString(dir.resolve(file), StandardCharsets.UTF_8));
        }
    }
}
