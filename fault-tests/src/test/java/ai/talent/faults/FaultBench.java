package ai.talent.faults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./talent bench faults}: runs every fault scenario (the ones {@code FaultsIT} runs in CI) against the
 * packaged services, a broker process and an Elasticsearch node on loopback, prints a line per scenario and ends
 * with one JSON line of events sent, acknowledged, processed, lost and duplicated per scenario and in total.
 */
public final class FaultBench {

    static final Map<String, FaultScenario> SCENARIOS = scenarios();

    private static final String USAGE = """
            Usage: ./talent bench faults [--only NAME[,NAME...]] [--logs DIR]
            Injects faults into the packaged services on loopback and counts what happened to the events in flight:
            sent, acknowledged by the broker, processed (their effect seen), lost (acknowledged, no effect) and
            duplicated (an effect seen twice). The last line is one JSON object of those figures.
              --only   run only these scenarios: %s
              --logs   where the processes' logs go (default target/reports/faults)
            Scenarios:
            %s""";

    private FaultBench() {
    }

    public static void main(String[] args) {
        List<String> only = null;
        Path logs = Path.of("target", "reports", "faults");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    System.out.print(usage());
                    return;
                }
                case "--only" -> only = Arrays.asList(value(args, ++i, "--only").split(","));
                case "--logs" -> logs = Path.of(value(args, ++i, "--logs"));
                default -> fail("unknown option " + args[i]);
            }
        }
        if (only != null) {
            for (String name : only) {
                if (!SCENARIOS.containsKey(name)) {
                    fail("unknown scenario '" + name + "' (scenarios: " + String.join(", ", SCENARIOS.keySet()) + ")");
                }
            }
        }
        List<FaultReport> reports = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        try (FaultRig rig = FaultRig.open(logs)) {
            System.out.println("faults: broker process on " + rig.bootstrap() + ", logs under " + logs.toAbsolutePath());
            for (FaultScenario scenario : SCENARIOS.values()) {
                if (only != null && !only.contains(scenario.name())) {
                    continue;
                }
                System.out.println("faults: " + scenario.name() + ": " + scenario.description());
                FaultReport report;
                try {
                    report = scenario.run(rig);
                } catch (ScenarioSkipped e) {
                    System.out.println("faults: " + scenario.name() + " SKIPPED: " + e.getMessage());
                    skipped.put(scenario.name(), e.getMessage());
                    continue;
                } catch (Exception | AssertionError e) {
                    report = new FaultReport(scenario.name(), 0, 0, 0, 0, 0, 0, List.of(),
                            List.of("did not complete: " + e));
                }
                report.checks().forEach(c -> System.out.println("faults:   " + c));
                System.out.println("faults: " + report.line());
                reports.add(report);
            }
        }
        System.out.println(FaultReport.json(reports, skipped.keySet()));
        System.exit(reports.stream().allMatch(FaultReport::passed) ? 0 : 1);
    }

    static String usage() {
        StringBuilder list = new StringBuilder();
        SCENARIOS.values().forEach(s -> list.append("  ").append(String.format("%-20s", s.name()))
                .append(s.description()).append('\n'));
        return USAGE.formatted(String.join(", ", SCENARIOS.keySet()), list);
    }

    private static Map<String, FaultScenario> scenarios() {
        Map<String, FaultScenario> all = new LinkedHashMap<>();
        for (FaultScenario s : List.of(new BrokerKillScenario(), new ServiceKillScenario(),
                new ElasticsearchDownScenario(), new CorruptModelScenario(), new DiskFullScenario())) {
            all.put(s.name(), s);
        }
        return all;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            fail("option " + option + " needs a value");
        }
        return args[i];
    }

    private static void fail(String message) {
        System.err.println("bench faults: " + message);
        System.err.print(usage());
        System.exit(2);
    }
}
