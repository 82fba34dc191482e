package ai.talent.nn.bilingual;

import ai.talent.nn.eval.ScoredPair;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the Korean data the bilingual encoder learns from and is measured on, at run time, from files nobody on
 * this project wrote (KorSTS, the English STS benchmark it translates, KorNLI) or that the simulator writes.
 * STS-B and KorSTS rows align by (genre, file, year, id): each aligned row gives two parallel pairs.
 * Parallel text from elsewhere is JSON lines with fields {@code en} and {@code ko}.
 */
public final class KoreanData {

    /** Default folder of the Korean data sets, relative to the project root. */
    public static final Path DEFAULT_DIR = Path.of("../shared/data/korean");
    private static final ObjectMapper JSON = new ObjectMapper();

    private KoreanData() {
    }

    /** Unique parallel pairs of one split ({@code train} or {@code dev}) of STS-B / KorSTS, in file order. */
    public static List<ParallelPair> stsParallel(Path dir, String split) throws IOException {
        Map<String, String[]> english = rows(file(dir, "STSB-en/sts-" + split + ".csv"), false);
        Map<String, String[]> korean = rows(file(dir, "KorSTS/sts-" + split + ".tsv"), true);
        LinkedHashSet<ParallelPair> pairs = new LinkedHashSet<>();
        for (Map.Entry<String, String[]> e : english.entrySet()) {
            String[] ko = korean.get(e.getKey());
            if (ko == null) {
                continue;
            }
            pairs.add(new ParallelPair(e.getValue()[5].trim(), ko[5].trim()));
            pairs.add(new ParallelPair(e.getValue()[6].trim(), ko[6].trim()));
        }
        if (pairs.isEmpty()) {
            throw new IOException("no STS-B row of " + dir + " aligns with a KorSTS row for split " + split);
        }
        return new ArrayList<>(pairs);
    }

    /** KorSTS scored pairs of one split. */
    public static List<ScoredPair> korSts(Path dir, String split) throws IOException {
        return scored(rows(file(dir, "KorSTS/sts-" + split + ".tsv"), true));
    }

    /** English STS benchmark scored pairs of one split. */
    public static List<ScoredPair> stsB(Path dir, String split) throws IOException {
        return scored(rows(file(dir, "STSB-en/sts-" + split + ".csv"), false));
    }

    /** Every sentence of KorNLI's files and of the KorSTS training split: Korean text for the vocabulary. */
    public static List<String> koreanSentences(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        for (String name : List.of("KorNLI/xnli.dev.ko.tsv", "KorNLI/xnli.test.ko.tsv")) {
            List<String> lines = Files.readAllLines(file(dir, name), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split("\t");
                if (c.length >= 2) {
                    out.add(c[0]);
                    out.add(c[1]);
                }
            }
        }
        for (ScoredPair p : korSts(dir, "train")) {
            out.add(p.first());
            out.add(p.second());
        }
        return out;
    }

    /** Parallel pairs from JSON lines {@code {"en": ..., "ko": ...}}. */
    public static List<ParallelPair> jsonlPairs(Path file) throws IOException {
        List<ParallelPair> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(requireFile(file), StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            if (!node.path("en").isTextual() || !node.path("ko").isTextual()) {
                throw new IOException(file + " line " + n + ": a parallel pair needs text fields 'en' and 'ko'");
            }
            out.add(new ParallelPair(node.get("en").asText(), node.get("ko").asText()));
        }
        return out;
    }

    /**
     * Every string value holding Hangul in the {@code *.jsonl} files of a folder (e.g. what {@code ./talent
     * simulate} writes), each distinct text once.
     */
    public static List<String> hangulStrings(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("Korean text folder " + folder.toAbsolutePath() + " does not exist; write one with "
                    + "./talent simulate --out " + folder);
        }
        Set<String> out = new LinkedHashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.jsonl")) {
            for (Path f : files) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        collect(JSON.readTree(line), out);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static void collect(JsonNode node, Set<String> out) {
        if (node.isTextual()) {
            if (KoreanText.containsHangul(node.asText())) {
                out.add(node.asText());
            }
        } else {
            node.forEach(child -> collect(child, out));
        }
    }

    private static List<ScoredPair> scored(Map<String, String[]> rows) {
        List<ScoredPair> out = new ArrayList<>();
        for (String[] c : rows.values()) {
            out.add(new ScoredPair(c[5].trim(), c[6].trim(), Double.parseDouble(c[4])));
        }
        return out;
    }

    /** Rows keyed by genre/file/year/id, in file order. */
    private static Map<String, String[]> rows(Path file, boolean header) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String[]> out = new java.util.LinkedHashMap<>();
        for (int i = header ? 1 : 0; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t");
            if (c.length < 7) {
                continue;
            }
            out.put(c[0] + "\t" + c[1] + "\t" + c[2] + "\t" + c[3], c);
        }
        return out;
    }

    private static Path file(Path dir, String name) throws IOException {
        return requireFile(dir.resolve(name));
    }

    private static Path requireFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("data file " + file.toAbsolutePath().normalize() + " does not exist (the Korean "
                    + "data sets are read from ../shared/data/korean by default; pass --data DIR)");
        }
        return file;
    }

    /** Pairs of {@code heldOut} whose English and Korean sides are unique there and absent from {@code train}. */
    public static List<ParallelPair> cleanHeldOut(List<ParallelPair> heldOut, List<ParallelPair> train) {
        Set<String> seen = new java.util.HashSet<>();
        for (ParallelPair p : train) {
            seen.add(p.english());
            seen.add(p.korean());
        }
        Map<String, Integer> count = new HashMap<>();
        for (ParallelPair p : heldOut) {
            count.merge("en:" + p.english(), 1, Integer::sum);
            count.merge("ko:" + p.korean(), 1, Integer::sum);
        }
        List<ParallelPair> out = new ArrayList<>();
        for (ParallelPair p : heldOut) {
            if (count.get("en:" + p.english()) == 1 && count.get("ko:" + p.korean()) == 1
                    && !seen.contains(p.english()) && !seen.contains(p.korean())) {
                out.add(p);
            }
        }
        return out;
    }
}
