package ai.talent.load.suite;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }
}
