package ai.talent.nn.compress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The ESCO job-title retrieval task: every alternative label is a query whose answer is its occupation's
 * preferred label. Read at run time from {@code taxonomy/esco/occupations_en.csv} under the data folder.
 */
public record EscoTitles(List<String> labels, List<String> queries, int[] answers) {

    public static final String CSV = "taxonomy/esco/occupations_en.csv";

    /** Loads the task; {@code maxQueries ≤ 0} keeps all queries, otherwise a seeded sample of that many. */
    public static EscoTitles load(Path dataDir, int maxQueries, long seed) throws IOException {
        Path csv = dataDir.resolve(CSV);
        if (!Files.isRegularFile(csv)) {
            throw new IOException("ESCO occupations file not found: " + csv.toAbsolutePath()
                    + " (pass --data pointing at the shared data folder that holds " + CSV + ")");
        }
        List<List<String>> rows = parse(Files.readString(csv, StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        int pref = header.indexOf("preferredLabel");
        int alt = header.indexOf("altLabels");
        if (pref < 0 || alt < 0) {
            throw new IOException(csv + " has no preferredLabel/altLabels columns: " + header);
        }
        List<String> labels = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        List<Integer> answers = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() <= Math.max(pref, alt)) {
                continue;
            }
            int id = labels.size();
            labels.add(row.get(pref).trim());
            for (String q : row.get(alt).split("\n")) {
                if (!q.isBlank()) {
                    queries.add(q.trim());
                    answers.add(id);
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            order.add(i);
        }
        if (maxQueries > 0 && maxQueries < queries.size()) {
            java.util.Collections.shuffle(order, new Random(seed));
            order = new ArrayList<>(order.subList(0, maxQueries));
            java.util.Collections.sort(order);
        }
        List<String> q = new ArrayList<>();
        int[] a = new int[order.size()];
        for (int i = 0; i < order.size(); i++) {
            q.add(queries.get(order.get(i)));
            a[i] = answers.get(order.get(i));
        }
        return new EscoTitles(labels, q, a);
    }

    /** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
