package ai.talent.nn.kt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One of the given folds: learners to train on, to stop early on, and to report on.
 *
 * @param index the fold number (1-based, as in the file names)
 */
public record KtFold(int index, List<KtSequence> train, List<KtSequence> valid, List<KtSequence> test) {

    /** Where the ASSISTments 2009 folds live relative to the project root. */
    public static final Path ASSIST2009 = Path.of("../shared/data/knowledge-tracing/assist2009_pid");
    static final String PREFIX = "assist2009_pid_";

    /** Reads fold {@code k} from {@code dir} ({@code <prefix>train<k>.csv}, {@code valid<k>}, {@code test<k>}). */
    public static KtFold read(Path dir, int k) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("knowledge-tracing data folder not found: " + dir.toAbsolutePath().normalize()
                    + " (the ASSISTments 2009 folds are expected in ../shared/data/knowledge-tracing/assist2009_pid; "
                    + "pass --data DIR)");
        }
        return new KtFold(k, KtFiles.read(dir.resolve(PREFIX + "train" + k + ".csv")),
                KtFiles.read(dir.resolve(PREFIX + "valid" + k + ".csv")),
                KtFiles.read(dir.resolve(PREFIX + "test" + k + ".csv")));
    }
}
