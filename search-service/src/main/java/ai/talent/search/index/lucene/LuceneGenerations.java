package ai.talent.search.index.lucene;

import ai.talent.domain.skill.SkillTaxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Generations of the embedded index under one folder: {@code gen-<n>/} holds an index, {@code CURRENT} names the
 * live one. A rebuild writes the next generation beside it, then replaces {@code CURRENT} by an atomic rename, so
 * a crash at any point leaves either the old or the new generation live, never a half-built one.
 */
public final class LuceneGenerations {

    static final String CURRENT = "CURRENT";

    private final Path root;
    private final int dimension;
    private final SkillTaxonomy taxonomy;
    private final LuceneSettings settings;

    public LuceneGenerations(Path root, int dimension, SkillTaxonomy taxonomy, LuceneSettings settings) {
        this.root = root;
        this.dimension = dimension;
        this.taxonomy = taxonomy;
        this.settings = settings;
    }

    public LuceneBackend openCurrent() {
        return new LuceneBackend(root.resolve(current()), dimension, taxonomy, settings);
    }

    /** An empty next generation (a leftover of an interrupted rebuild is cleared first). */
    public LuceneBackend openNext() {
        String next = "gen-" + (number(current()) + 1);
        deleteRecursively(root.resolve(next));
        return new LuceneBackend(root.resolve(next), dimension, taxonomy, settings);
    }

    /** Makes {@code next} the live generation, then closes and deletes {@code live}. */
    public void promote(LuceneBackend live, LuceneBackend next) {
        try {
            Path tmp = root.resolve(CURRENT + ".tmp");
            Files.writeString(tmp, next.dir().getFileName().toString(), StandardCharsets.UTF_8);
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot switch the index generation in " + root + ": " + e.getMessage(), e);
        }
        live.close();
        deleteRecursively(live.dir());
    }

    private String current() {
        Path pointer = root.resolve(CURRENT);
        try {
            if (Files.exists(pointer)) {
                return Files.readString(pointer, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(root);
            Files.writeString(pointer, "gen-1", StandardCharsets.UTF_8);
            return "gen-1";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index generation in " + root + ": " + e.getMessage(), e);
        }
    }

    private static int number(String generation) {
        try {
            return Integer.parseInt(generation.substring(generation.indexOf('-') + 1));
        } catch (RuntimeException e) {
            return 1;
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
