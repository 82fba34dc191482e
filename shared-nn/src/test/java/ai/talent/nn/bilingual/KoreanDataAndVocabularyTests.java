package ai.talent.nn.bilingual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talent.nn.eval.ScoredPair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KoreanDataAndVocabularyTests {

    @Test
    void alignsEnglishAndKoreanRowsByTheirKeyNotByPosition(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("STSB-en"));
        Files.createDirectories(dir.resolve("KorSTS"));
        Files.writeString(dir.resolve("STSB-en/sts-train.csv"), String.join("\n",
                "main-captions\tMSRvid\t2012test\t0001\t5.000\tA plane is taking off.\tAn air plane is taking off.",
                "main-captions\tMSRvid\t2012test\t0004\t3.800\tA man plays a flute.\tA man is playing a flute.\tx",
                "main-news\theadlines\t2015\t0009\t1.000\tOnly in English.\tNo translation."));
        Files.writeString(dir.resolve("KorSTS/sts-train.tsv"), String.join("\n",
                "genre\tfilename\tyear\tid\tscore\tsentence1\tsentence2",
                "main-captions\tMSRvid\t2012test\t0004\t3.800\t남자가 플루트를 분다.\t남자가 플루트를 연주하고 있다.",
                "main-captions\tMSRvid\t2012test\t0001\t5.000\t비행기가 이륙하고 있다.\t비행기가 이륙하고 있다."));

        List<ParallelPair> pairs = KoreanData.stsParallel(dir, "train");

        assertThat(pairs).containsExactly(
                new ParallelPair("A plane is taking off.", "비행기가 이륙하고 있다."),
                new ParallelPair("An air plane is taking off.", "비행기가 이륙하고 있다."),
                new ParallelPair("A man plays a flute.", "남자가 플루트를 분다."),
                new ParallelPair("A man is playing a flute.", "남자가 플루트를 연주하고 있다."));
        assertThat(KoreanData.korSts(dir, "train")).extracting(ScoredPair::score).containsExactly(3.8, 5.0);
    }

    @Test
    void heldOutPairsAreUniqueAndUnseenInTraining() {
        List<ParallelPair> train = List.of(new ParallelPair("seen", "본 문장"));
        List<ParallelPair> dev = List.of(new ParallelPair("seen", "다른 번역"), new ParallelPair("twice", "두 번"),
                new ParallelPair("twice again", "두 번"), new ParallelPair("fresh", "새 문장"));
        assertThat(KoreanData.cleanHeldOut(dev, train)).containsExactly(new ParallelPair("fresh", "새 문장"));
    }

    @Test
    void missingDataFailsNamingThePath(@TempDir Path dir) {
        assertThatThrownBy(() -> KoreanData.stsParallel(dir.resolve("nowhere"), "train"))
                .isInstanceOf(IOException.class).hasMessageContaining("nowhere").hasMessageContaining("--data");
        assertThatThrownBy(() -> KoreanData.hangulStrings(dir.resolve("no-sim")))
                .isInstanceOf(IOException.class).hasMessageContaining("no-sim").hasMessageContaining("simulate");
    }

    @Test
    void readsHangulStringsFromSimulatorJsonLines(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("projects.jsonl"), """
                {"event":{"project":{"title":"IR 자료 전문가 찾습니다","budget":3000000,"tags":["react","리액트"]}}}
                {"event":{"project":{"title":"English only"}}}
                """);
        assertThat(KoreanData.hangulStrings(dir)).containsExactly("IR 자료 전문가 찾습니다", "리액트");
    }

    @Test
    void vocabularyHoldsEverySyllableBothWaysAndTheSubwordsThatSaveMostTokens() {
        List<String> text = List.of("개발자 개발자 개발자를 찾습니다", "디자이너를 찾습니다", "개발자와 디자이너",
                "뷁 한 번");
        List<String> units = KoreanVocabulary.learn(text, new KoreanVocabulary.Settings(3, 2, 4), Set.of("[UNK]"));

        assertThat(units).contains("가", "##가", "ㅋ", "##ㅋ", "뷁", "##뷁");
        assertThat(units.stream().filter(u -> u.replace("##", "").length() == 1).count())
                .isGreaterThanOrEqualTo(2 * (2350 + 51));
        List<String> subwords = units.stream().filter(u -> u.replace("##", "").length() > 1).toList();
        // 개발자 starts 5 words and saves 2 tokens each (10); 디자이너 and 찾습니다 save 3 twice (6); ties by text
        assertThat(subwords).containsExactly("개발자", "디자이너", "찾습니다");
        assertThat(KoreanVocabulary.learn(text, new KoreanVocabulary.Settings(3, 2, 4), Set.of("[UNK]")))
                .isEqualTo(units);
    }

    @Test
    void unknownTrainingOptionsAreRejectedWithTheUsage() {
        assertThatThrownBy(() -> BilingualTrainCommand.parse(new String[] {"--epochz", "3"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--epochz")
                .hasMessageContaining("Usage");
        assertThat(BilingualTrainCommand.parse(new String[] {"--help"})).isNull();
        assertThat(BilingualTrainCommand.parse(new String[] {"--english-share", "0.5"}).englishShare()).isEqualTo(0.5f);
    }
}
