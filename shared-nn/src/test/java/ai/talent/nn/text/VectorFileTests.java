package ai.talent.nn.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vectors kept on disk between runs: read back exactly, never across spaces or widths, first format still read. */
class VectorFileTests {

    /** Two-wide vectors computed from the text, recording what it was asked. */
    static final class Counting implements Function<List<String>, float[][]> {
        final List<String> asked = new ArrayList<>();

        @Override
        public float[][] apply(List<String> texts) {
            asked.addAll(texts);
            return texts.stream().map(t -> new float[] {t.length(), t.codePointAt(0) / 1000f}).toArray(float[][]::new);
        }
    }

    @Test
    void aSecondRunReadsWhatTheFirstWroteAndAsksOnlyForNewTexts(@TempDir Path dir) {
        Path file = dir.resolve("v.bin");
        Counting first = new Counting();
        VectorFile a = VectorFile.open(file, "minilm", 2);
        float[][] before = a.embed(List.of("결제 시스템", "a bio", "결제 시스템", "x".repeat(30_000)), first, 2);
        assertThat(first.asked).containsExactly("결제 시스템", "a bio", "x".repeat(30_000));
        a.save();

        Counting second = new Counting();
        VectorFile b = VectorFile.open(file, "minilm", 2);
        assertThat(b.size()).isEqualTo(3);
        float[][] after = b.embed(List.of("a bio", "x".repeat(30_000), "new"), second, 2);
        assertThat(second.asked).containsExactly("new");
        assertThat(after[0]).containsExactly(before[1]);
        assertThat(after[1]).containsExactly(before[3]);
    }

    @Test
    void anotherSpaceOrWidthStartsEmpty(@TempDir Path dir) {
        Path file = dir.resolve("v.bin");
        VectorFile a = VectorFile.open(file, "minilm", 2);
        a.embed(List.of("a bio"), new Counting(), 8);
        a.save();
        assertThat(VectorFile.open(file, "encoder-bilingual v3", 2).size()).isZero();
        assertThat(VectorFile.open(file, "minilm", 3).size()).isZero();
        assertThat(VectorFile.open(file, "minilm", 2).size()).isEqualTo(1);
    }

    @Test
    void aVectorOfTheWrongWidthIsRefusedAndNothingIsWritten(@TempDir Path dir) {
        Path file = dir.resolve("v.bin");
        VectorFile a = VectorFile.open(file, "minilm", 3);
        assertThatThrownBy(() -> a.embed(List.of("a bio"), new Counting(), 8))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("width 2");
        a.save();
        assertThat(file).doesNotExist();
    }

    @Test
    void theFirstFormatIsReadAsTheSpaceItIsOpenedFor(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.bin");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeInt(2);
            out.writeInt(1);
            out.writeUTF("a bio");
            out.writeFloat(0.25f);
            out.writeFloat(-0.5f);
        }
        Counting encoder = new Counting();
        float[][] v = VectorFile.open(file, "minilm", 2).embed(List.of("a bio"), encoder, 8);
        assertThat(encoder.asked).isEmpty();
        assertThat(v[0]).containsExactly(0.25f, -0.5f);
    }
}
