package ai.talent.success.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the Kickstarter sample ({@code ../shared/data/success/kickstarter_2009_2016.csv}). Successful launches
 * are positives; failed, cancelled and suspended ones negatives; live and "undefined" rows are dropped (no
 * outcome). The file marks some names with their outcome ("(Canceled)", "(Suspended)", "[Removed]"): those
 * marks are cut from the name, or the name would leak the label.
 */
public final class KickstarterData {

    public static final Path DEFAULT = Path.of("../shared/data/success/kickstarter_2009_2016.csv");
    static final Set<String> NEGATIVE = Set.of("failed", "canceled", "suspended");
    static final Pattern OUTCOME_MARK = Pattern.compile("\\s*\\((?i:canceled|cancelled|suspended)\\)\\s*$");
    static final DateTimeFormatter LAUNCHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private KickstarterData() {
    }

    public static List<KickstarterProject> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the Kickstarter file " + file.toAbsolutePath().normalize()
                    + " is missing; it is read from ../shared/data/success/ beside the project (or give --data FILE)");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<String> header = parse(lines.get(0));
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i).trim(), i);
        }
        for (String needed : List.of("name", "category", "main_category", "currency", "deadline", "goal", "launched",
                "state", "country", "usd_goal_real")) {
            if (!col.containsKey(needed)) {
                throw new IllegalArgumentException(file + " has no column '" + needed + "'; columns: " + header);
            }
        }
        List<KickstarterProject> out = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            List<String> f = parse(lines.get(n));
            String state = f.get(col.get("state")).trim();
            boolean success = state.equals("successful");
            if (!success && !NEGATIVE.contains(state)) {
                continue;
            }
            String name = OUTCOME_MARK.matcher(f.get(col.get("name"))).replaceAll("");
            if (name.contains("[Removed]")) {
                name = "";
            }
            out.add(new KickstarterProject(name, f.get(col.get("category")), f.get(col.get("main_category")),
                    f.get(col.get("currency")), f.get(col.get("country")), Double.parseDouble(f.get(col.get("goal"))),
                    Double.parseDouble(f.get(col.get("usd_goal_real"))),
                    LocalDateTime.parse(f.get(col.get("launched")), LAUNCHED),
                    LocalDate.parse(f.get(col.get("deadline"))), success));
        }
        return out;
    }

    /** One CSV line with double-quoted fields (a quote inside a field is doubled). */
    static List<String> parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    sb.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    sb.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        fields.add(sb.toString());
        return fields;
    }
}
