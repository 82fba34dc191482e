package ai.talent.nn.bilingual;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.compress.EncoderFile;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.text.EncoderSource;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Pooling;
import ai.talent.nn.transformer.PretrainedWeights;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The bilingual student before distillation, published: grown from the teacher ({@link BilingualStudent#fromTeacher}:
 * every English id and row kept, so its English vectors are the teacher's; Korean units are every KS X 1001 syllable
 * plus subwords of a few sentences written here), written with {@link EncoderFile} and published with
 * {@link EncoderSource#publish} into a registry. Real files in the published layout, in seconds and without data: what
 * the services' tests load to exercise an encoder that reads Hangul (its Korean vectors mean nothing until
 * {@code ./talent train encoder-bilingual} has distilled it).
 */
public final class SeedStudent {

    /** The Korean the seed vocabulary's subwords are learned from (every KS X 1001 syllable is a unit anyway). */
    public static final List<String> KOREAN = List.of("서울에서 리액트 개발자를 찾고 있습니다.",
            "백엔드 개발자 경력 오 년 이상, 시급 오만원 이하", "데이터 분석과 머신러닝 프로젝트 경험이 있습니다.",
            "모바일 앱 디자이너를 찾습니다.", "번역가가 계약을 제때 끝냈습니다.");

    private SeedStudent() {
    }

    /**
     * Publishes and promotes, as {@code model} in the registry at {@code registryRoot}, the bilingual student grown
     * from MiniLM (untrained: its English vectors are the teacher's); returns the version.
     */
    public static String publishGrownStudent(Path registryRoot, String model) throws IOException {
        return publishGrownStudent(registryRoot, List.of(model), true).get(0);
    }

    /**
     * Publishes the same grown student under each of {@code models} (grown and written once), promoting each when
     * {@code promote}; returns the versions, in order.
     */
    public static List<String> publishGrownStudent(Path registryRoot, List<String> models, boolean promote)
            throws IOException {
        Path work = Files.createTempDirectory("seed-encoder");
        Map<String, Integer> teacherVocabulary = BilingualTokenizerFile.teacherVocabulary();
        List<String> units = KoreanVocabulary.learn(KOREAN, new KoreanVocabulary.Settings(40, 2, 4),
                teacherVocabulary.keySet());
        Path tokenizer = BilingualTokenizerFile.write(units, work.resolve(EncoderSource.TOKENIZER));
        Path weights = work.resolve(EncoderSource.WEIGHTS);
        try (NDManager manager = NnEngine.get().newBaseManager()) {
            BertEncoder teacher = PretrainedWeights.miniLm(manager);
            BertEncoder student = BilingualStudent.fromTeacher(teacher, teacherVocabulary,
                    BilingualTokenizerFile.vocabulary(tokenizer), manager);
            EncoderFile.save(student, weights, false);
            ModelRegistry registry = new ModelRegistry(registryRoot);
            List<String> versions = new ArrayList<>();
            for (String model : models) {
                String version = EncoderSource.publish(registry, model, weights, tokenizer, student, Pooling.MEAN, 256,
                        Map.of(), "seed student grown from all-MiniLM-L6-v2 (untrained)", Map.of());
                if (promote) {
                    registry.promote(model, version);
                }
                versions.add(version);
            }
            return versions;
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
