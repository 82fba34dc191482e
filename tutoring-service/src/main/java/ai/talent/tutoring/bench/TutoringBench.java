package ai.talent.tutoring.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./talent bench tutoring}: tutoring's benchmarks, each beside a reference measured in the same run; ends with
 * one JSON line of every figure (also written to target/reports/bench-tutoring.json).
 */
public final class TutoringBench {

    static final String USAGE = """
            Usage: ./talent bench tutoring [--quick] [--iterations N] [--contracts N]
              portfolio  portfolio generation (selection with MiniLM relevance and MMR, template writing, rendering)
                         p50/p99 in Korean and English, JSON and HTML, for a freelancer with --contracts completed
                         contracts (default 40), warm and cold encoder cache, beside one bare MiniLM forward
            """;

    private TutoringBench() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = 400;
        int contracts = 40;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    System.out.print(USAGE);
                    return;
                }
                case "--quick" -> iterations = 100;
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--contracts" -> contracts = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("bench tutoring: unknown option '" + args[i] + "'");
                    System.err.print(USAGE);
                    System.exit(2);
                }
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        PortfolioBench.run(iterations, contracts, figures);
        String line = new ObjectMapper().writeValueAsString(figures);
        Path out = Path.of("target/reports/bench-tutoring.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line + "\n");
        System.out.println(line);
        System.exit(0);
    }
}
