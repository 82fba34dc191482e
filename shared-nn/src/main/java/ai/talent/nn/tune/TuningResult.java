package ai.talent.nn.tune;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** All trials of a tuning run, the best one, and the table of them as text or CSV. */
public record TuningResult(String strategy, Direction direction, List<String> paramNames, List<Trial> trials) {

    public TuningResult {
        trials = List.copyOf(trials);
        paramNames = List.copyOf(paramNames);
    }

    public Optional<Trial> best() {
        Trial best = null;
        for (Trial t : trials) {
            if (!t.failed() && (best == null || direction.better(t.value(), best.value()))) {
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A fixed-width table, best trial marked with '*'. */
    public String table() {
        int best = best().map(Trial::number).orElse(-1);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-6s", "trial"));
        paramNames.forEach(n -> sb.append(String.format(Locale.ROOT, " %14s", n)));
        sb.append(String.format(Locale.ROOT, " %14s %8s%n", "value", "seconds"));
        for (Trial t : trials) {
            sb.append(String.format(Locale.ROOT, "%-6s", (t.number() == best ? "*" : "") + t.number()));
            paramNames.forEach(n -> sb.append(String.format(Locale.ROOT, " %14s", format(t.config().values().get(n)))));
            sb.append(String.format(Locale.ROOT, " %14s %8.2f", t.failed() ? "failed" : format(t.value()),
                    t.seconds()));
            if (t.failed()) {
                sb.append("  ").append(t.error());
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }

    public String csv() {
        StringBuilder sb = new StringBuilder("trial");
        paramNames.forEach(n -> sb.append(',').append(n));
        sb.append(",value,seconds,error\n");
        for (Trial t : trials) {
            sb.append(t.number());
            paramNames.forEach(n -> sb.append(',').append(quote(String.valueOf(t.config().values().get(n)))));
            sb.append(',').append(t.failed() ? "" : String.valueOf(t.value()));
            sb.append(',').append(String.format(Locale.ROOT, "%.3f", t.seconds()));
            sb.append(',').append(t.failed() ? quote(t.error()) : "");
            sb.append('\n');
        }
        return sb.toString();
    }

    public Path writeCsv(Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            return Files.writeString(file, csv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write tuning results to " + file + ": " + e.getMessage(), e);
        }
    }

    private static String format(Object v) {
        if (v instanceof Double d) {
            return Math.abs(d) >= 1e-3 && Math.abs(d) < 1e5 || d == 0 ? String.format(Locale.ROOT, "%.4f", d)
                    : String.format(Locale.ROOT, "%.3e", d);
        }
        return String.valueOf(v);
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
