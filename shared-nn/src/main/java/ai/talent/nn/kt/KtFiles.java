package ai.talent.nn.kt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads knowledge-tracing sequences in the four-lines-per-learner text format of the AKT folds: a header line
 * (learner number and id), then the question ids, the skill ids and the 0/1 responses, each comma-separated.
 */
public final class KtFiles {

    private KtFiles() {
    }

    /** All learners of one file; fails naming the file and line when it is missing or malformed. */
    public static List<KtSequence> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("knowledge-tracing file not found: " + file.toAbsolutePath().normalize());
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (lines.size() % 4 != 0) {
            throw new IllegalArgumentException(file + ": " + lines.size() + " non-blank lines, not a multiple of 4");
        }
        List<KtSequence> sequences = new ArrayList<>(lines.size() / 4);
        for (int i = 0; i < lines.size(); i += 4) {
            String learner = lines.get(i).trim();
            try {
                sequences.add(new KtSequence(learner, ints(lines.get(i + 1)), ints(lines.get(i + 2)), ints(lines.get(i + 3))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " learner at line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return sequences;
    }

    private static int[] ints(String line) {
        String[] parts = line.trim().split(",");
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Integer.parseInt(parts[i].trim());
        }
        return values;
    }
}
