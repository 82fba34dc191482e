package ai.talent.matching.eval;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.initializer.NormalInitializer;
import ai.talent.matching.text.TextVectors;
import ai.talent.nn.engine.NnEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation's on-disk vector cache: what it keeps, what it refuses to share, and the weights' digest. */
class VectorCacheTests {

    /** Vectors computed from the text, counting the texts it was asked for. */
    static final class CountingVectors implements TextVectors {
        final List<String> asked = new ArrayList<>();
        final float scale;

        CountingVectors(float scale) {
            this.scale = scale;
        }

        @Override
        public String fingerprint() {
            return "counting";
        }

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public float[][] embed(List<String> texts) {
            asked.addAll(texts);
            float[][] out = new float[texts.size()][];
            for (int i = 0; i < out.length; i++) {
                String t = texts.get(i);
                out[i] = new float[] {t.length() * scale, t.hashCode() % 97 * scale, t.codePointAt(0) * scale};
            }
            return out;
        }
    }

    @Test
    void aSecondRunReadsTheVectorsTheFirstEmbeddedAndEmbedsOnlyNewTexts(@TempDir Path dir) {
        CountingVectors first = new CountingVectors(1f);
        VectorCache cache = new VectorCache(first, "space-a", dir);
        float[][] written = cache.embed(List.of("백엔드 개발자", "a React developer", "백엔드 개발자"));
        assertThat(first.asked).containsExactly("백엔드 개발자", "a React developer");
        assertThat(written[2]).containsExactly(written[0]);
        cache.save();

        CountingVectors second = new CountingVectors(1f);
        VectorCache again = new VectorCache(second, "space-a", dir);
        float[][] read = again.embed(List.of("a React developer", "백엔드 개발자", "데이터 분석가"));
        assertThat(second.asked).containsExactly("데이터 분석가");
        assertThat(again.hits()).isEqualTo(2);
        assertThat(again.misses()).isEqualTo(1);
        assertThat(read[0]).containsExactly(written[1]);
        assertThat(read[1]).containsExactly(written[0]);
    }

    @Test
    void anotherVectorSpaceNeverReadsTheFile(@TempDir Path dir) {
        VectorCache cache = new VectorCache(new CountingVectors(1f), "space-a", dir);
        cache.embed(List.of("a React developer"));
        cache.save();

        CountingVectors other = new CountingVectors(2f);
        float[][] v = new VectorCache(other, "space-b", dir).embed(List.of("a React developer"));
        assertThat(other.asked).containsExactly("a React developer");
        assertThat(v[0][0]).isEqualTo(2f * "a React developer".length());
    }

    @Test
    void withoutAFolderNothingIsKept(@TempDir Path dir) {
        VectorCache cache = new VectorCache(new CountingVectors(1f), "space-a", null);
        cache.embed(List.of("x"));
        cache.save();
        CountingVectors next = new CountingVectors(1f);
        new VectorCache(next, "space-a", null).embed(List.of("x"));
        assertThat(next.asked).containsExactly("x");
    }

    @Test
    void theWeightsDigestChangesWithAnyParameterAndOnlyThen() {
        try (NDManager manager = NnEngine.get().newBaseManager()) {
            Linear a = Linear.builder().setUnits(4).build();
            a.setInitializer(new NormalInitializer(), Parameter.Type.WEIGHT);
            a.initialize(manager, DataType.FLOAT32, new Shape(1, 3));
            String before = VectorCache.weightsDigest(a);
            assertThat(VectorCache.weightsDigest(a)).isEqualTo(before);
            a.getParameters().get(0).getValue().getArray().set(new ai.djl.ndarray.index.NDIndex("0,0"), 0.125f);
            assertThat(VectorCache.weightsDigest(a)).isNotEqualTo(before);
        }
    }
}
