package ai.talent.tutoring.tracing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The exercises a model was trained on: the skills each trains and its difficulty as a logit offset on top of DKT's
 * skill-level prediction (a Rasch-style item term, as in AKT-R: DKT sees skills only, and learners are given
 * exercises near their level, so without the item's difficulty the skill alone says little about one answer).
 * Fitted after the network, by Newton's method on the logistic loss of the network's own leak-free predictions,
 * shrunk towards 0 (average) for exercises seen by few learners. An exercise the model never saw counts as
 * average. Stored beside the weights as {@value KtModels#EXERCISES}.
 */
public final class ExerciseOffsets {

    /** One trained exercise. */
    public record Entry(List<String> skillIds, double offset) {
    }

    private final Map<String, Entry> entries;

    public ExerciseOffsets(Map<String, Entry> entries) {
        this.entries = new TreeMap<>(entries);
    }

    public static ExerciseOffsets none() {
        return new ExerciseOffsets(Map.of());
    }

    public double offset(String exerciseId) {
        Entry e = exerciseId == null ? null : entries.get(exerciseId);
        return e == null ? 0 : e.offset();
    }

    public Optional<List<String>> skillsOf(String exerciseId) {
        return Optional.ofNullable(entries.get(exerciseId)).map(Entry::skillIds);
    }

    public int size() {
        return entries.size();
    }

    /**
     * Fits each exercise's offset: {@code rows} are (exercise, skills, the network's probability, the answer).
     *
     * @param shrink L2 weight pulling each offset to 0 (a prior of that many pseudo-observations' curvature)
     */
    public static ExerciseOffsets fit(List<Row> rows, double shrink) {
        Map<String, List<Row>> byExercise = new TreeMap<>();
        rows.forEach(r -> byExercise.computeIfAbsent(r.exerciseId(), e -> new ArrayList<>()).add(r));
        Map<String, Entry> out = new TreeMap<>();
        for (var e : byExercise.entrySet()) {
            double b = 0;
            for (int iteration = 0; iteration < 5; iteration++) {
                double gradient = -shrink * b;
                double curvature = shrink;
                for (Row r : e.getValue()) {
                    double p = sigmoid(logit(r.probability()) + b);
                    gradient += (r.correct() ? 1 : 0) - p;
                    curvature += p * (1 - p);
                }
                b += gradient / curvature;
            }
            out.put(e.getKey(), new Entry(e.getValue().get(0).skillIds(), b));
        }
        return new ExerciseOffsets(out);
    }

    /** One training prediction. */
    public record Row(String exerciseId, List<String> skillIds, double probability, boolean correct) {
    }

    public static double logit(double p) {
        double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(q / (1 - q));
    }

    public static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    public void write(Path file) {
        List<String> lines = new ArrayList<>();
        entries.forEach((id, e) -> lines.add(id + "\t" + String.join(",", e.skillIds()) + "\t"
                + String.format(Locale.ROOT, "%.6f", e.offset())));
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + file, ex);
        }
    }

    public static ExerciseOffsets read(Path file) {
        Map<String, Entry> entries = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                entries.put(f[0], new Entry(Arrays.asList(f[1].split(",")), Double.parseDouble(f[2])));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the exercise table " + file + ": " + e.getMessage(), e);
        }
        return new ExerciseOffsets(entries);
    }
}
