package ai.talent.faults;

import java.util.List;
import java.util.Locale;

/**
 * What one fault scenario measured, in events: {@code sent} by the test's producer, {@code acknowledged} by the
 * broker, {@code processed} (their effect seen in the service's state or output exactly once or more), {@code lost}
 * (acknowledged, no effect) and {@code duplicated} (an event whose effect was seen more than once). {@code checks}
 * are the scenario's other findings as readable lines ("503 with Retry-After: 2"), {@code failures} what it found
 * wrong besides lost or duplicated events; a report passes when both counts are zero and nothing failed.
 */
public record FaultReport(String scenario, int sent, int acknowledged, int processed, int lost, int duplicated,
                          double seconds, List<String> checks, List<String> failures) {

    public boolean passed() {
        return lost == 0 && duplicated == 0 && failures.isEmpty();
    }

    /** One readable line. */
    public String line() {
        return String.format(Locale.ROOT, "%-20s sent %4d  acknowledged %4d  processed %4d  lost %d  duplicated %d"
                + "  (%.1f s) %s", scenario, sent, acknowledged, processed, lost, duplicated, seconds,
                passed() ? "PASS" : "FAIL " + failures);
    }

    /** The JSON members of this scenario's figures, keyed {@code faults.<scenario>.<figure>}. */
    String jsonMembers() {
        String key = "\"faults." + scenario + ".";
        return String.format(Locale.ROOT, "%ssent\":%d,%sacknowledged\":%d,%sprocessed\":%d,%slost\":%d,"
                        + "%sduplicated\":%d,%sseconds\":%.1f,%spassed\":%b", key, sent, key, acknowledged, key,
                processed, key, lost, key, duplicated, key, seconds, key, passed());
    }

    /** The one JSON line of a run: every scenario's figures and the totals. */
    public static String json(List<FaultReport> reports) {
        return json(reports, List.of());
    }

    /** The one JSON line of a run, naming the scenarios this machine could not run ({@code skipped}). */
    public static String json(List<FaultReport> reports, java.util.Collection<String> skipped) {
        StringBuilder out = new StringBuilder("{");
        for (FaultReport report : reports) {
            out.append(report.jsonMembers()).append(',');
        }
        for (String name : skipped) {
            out.append("\"faults.").append(name).append(".skipped\":true,");
        }
        out.append(String.format(Locale.ROOT, "\"faults.total.sent\":%d,\"faults.total.acknowledged\":%d,"
                        + "\"faults.total.processed\":%d,\"faults.total.lost\":%d,\"faults.total.duplicated\":%d,"
                        + "\"faults.total.scenarios\":%d,\"faults.total.passed\":%d,\"faults.total.skipped\":%d}",
                reports.stream().mapToInt(FaultReport::sent).sum(),
                reports.stream().mapToInt(FaultReport::acknowledged).sum(),
                reports.stream().mapToInt(FaultReport::processed).sum(),
                reports.stream().mapToInt(FaultReport::lost).sum(),
                reports.stream().mapToInt(FaultReport::duplicated).sum(),
                reports.size(), reports.stream().filter(FaultReport::passed).count(), skipped.size()));
        return out.toString();
    }
}
