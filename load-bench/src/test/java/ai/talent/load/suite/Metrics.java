package ai.talent.load.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Figures read from a running service: Prometheus metrics ({@code /q/metrics}) and its process' memory (/proc). */
public final class Metrics {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Metrics() {
    }

    /**
     * The sum of every sample of a metric whose labels contain all of {@code labels} (e.g. {@code area="heap"}),
     * or NaN when the service does not answer or has no such metric.
     */
    public static double scrape(String baseUrl, String name, String... labels) {
        String text;
        try {
            text = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/metrics")).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            return Double.NaN;
        }
        double sum = 0;
        boolean found = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(name + " ") || line.startsWith(name + "{"))) {
                continue;
            }
            boolean all = true;
            for (String label : labels) {
                all &= line.contains(label);
            }
            if (!all) {
                continue;
            }
            String[] parts = line.trim().split(" ");
            try {
                sum += Double.parseDouble(parts[parts.length - 1]);
                found = true;
            } catch (NumberFormatException e) {
                // not a sample line
            }
        }
        return found ? sum : Double.NaN;
    }

    /** Resident memory of a process in MB (Linux /proc), -1 when unknown. */
    public static long residentMegabytes(long pid) {
        return statusMegabytes(pid, "VmRSS");
    }

    /**
     * One memory line of {@code /proc/<pid>/status} in MB, -1 when unknown: {@code VmRSS} is {@code RssAnon}
     * (heap, malloc, thread stacks: what a leak grows) plus {@code RssFile} (mapped files in the page cache: jars,
     * native libraries, memory-mapped Lucene segments, which the kernel can drop) plus {@code RssShmem}.
     */
    public static long statusMegabytes(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    /**
     * Runs {@code jcmd <pid> VM.native_memory <command...>} (the JDK's own jcmd beside the running java) and returns
     * its output, or null when the JVM was started without {@code -XX:NativeMemoryTracking} or jcmd fails.
     */
    public static String nativeMemory(long pid, String... command) {
        String out = jcmd(pid, "VM.native_memory", command);
        return out != null && !out.contains("not enabled") ? out : null;
    }

    /**
     * The heap's live objects by class ({@code jcmd <pid> GC.class_histogram}, which collects first): class name →
     * {instances, bytes}; empty when jcmd cannot reach the process.
     */
    public static Map<String, long[]> classHistogram(long pid) {
        return parseClassHistogram(jcmd(pid, "GC.class_histogram"));
    }

    public static Map<String, long[]> parseClassHistogram(String text) {
        Map<String, long[]> out = new java.util.LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        Matcher m = HISTOGRAM_ROW.matcher(text);
        while (m.find()) {
            out.merge(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))},
                    (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }
        return out;
    }

    /**
     * The classes whose live bytes grew the most from {@code before} to {@code after}, largest first, as
     * "name +bytes (+instances)" lines; at most {@code top}, only those that grew.
     */
    public static List<String> largestGrowth(Map<String, long[]> before, Map<String, long[]> after, int top) {
        return after.entrySet().stream()
                .map(e -> {
                    long[] b = before.getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - b[0], e.getValue()[1] - b[1]});
                })
                .filter(e -> e.getValue()[1] > 0)
                .sorted((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]))
                .limit(top)
                .map(e -> String.format(java.util.Locale.ROOT, "%s +%.1f MB (%+d)", e.getKey(),
                        e.getValue()[1] / 1e6, e.getValue()[0]))
                .toList();
    }

    private static final Pattern HISTOGRAM_ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private static String jcmd(long pid, String command, String... arguments) {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        Path jcmd = java.getParent() == null ? Path.of("jcmd") : java.resolveSibling("jcmd");
        try {
            List<String> line = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid), command));
            line.addAll(List.of(arguments));
            Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            return p.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * The total committed memory in MB of an NMT {@code summary} output ({@code Total: reserved=…, committed=…}),
     * NaN when absent. NMT sees what the JVM allocates (heap, metaspace, code, threads, GC, its own malloc) and
     * nothing a native library mallocs by itself (libtorch, RocksDB), so RSS growth beyond it is outside the JVM.
     */
    public static double nmtCommittedMegabytes(String summary) {
        if (summary == null) {
            return Double.NaN;
        }
        Matcher m = NMT_TOTAL.matcher(summary);
        return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : Double.NaN;
    }

    private static final Pattern NMT_TOTAL = Pattern.compile("Total: reserved=\\d+KB, committed=(\\d+)KB");
}
