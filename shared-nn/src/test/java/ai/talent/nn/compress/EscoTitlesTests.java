package ai.talent.nn.compress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscoTitlesTests {

    @TempDir
    Path data;

    @Test
    void everyAlternativeLabelBecomesAQueryAnsweredByItsPreferredLabel() throws Exception {
        Path csv = data.resolve(EscoTitles.CSV);
        Files.createDirectories(csv.getParent());
        Files.writeString(csv, "conceptType,preferredLabel,altLabels,description\n"
                + "Occupation,technical director,\"head of technical\ntechnical manager\",\"says \"\"hi\"\", twice\"\n"
                + "Occupation,wire drawer,draw machine operator,plain\n");
        EscoTitles task = EscoTitles.load(data, 0, 1);
        assertThat(task.labels()).containsExactly("technical director", "wire drawer");
        assertThat(task.queries()).containsExactly("head of technical", "technical manager", "draw machine operator");
        assertThat(task.answers()).containsExactly(0, 0, 1);
        assertThat(EscoTitles.load(data, 2, 1).queries()).hasSize(2);
    }

    @Test
    void missingDataNamesThePathItLookedFor() {
        assertThatThrownBy(() -> EscoTitles.load(data.resolve("nowhere"), 0, 1)).isInstanceOf(IOException.class)
                .hasMessageContaining("nowhere").hasMessageContaining("occupations_en.csv");
    }

    @Test
    void retrievalScoresCountRankOfTheRelevantLabel() {
        float[][] labels = {{1, 0}, {0, 1}, {0.7071f, 0.7071f}};
        float[][] queries = {{1, 0}, {0.6f, 0.8f}, {0, 1}};
        RetrievalScores s = RetrievalScores.of(queries, labels, new int[] {0, 2, 0});
        assertThat(s.mrr10()).isCloseTo((1 + 1 + 1 / 3.0) / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.recall10()).isEqualTo(1.0);
        assertThat(s.reciprocalRanks10()).containsExactly(new double[] {1, 1, 1 / 3.0},
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.mrr10Spread(500, 1).mean()).isCloseTo(s.mrr10(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.mrr10Spread(500, 1).low()).isGreaterThanOrEqualTo(1 / 3.0);
        assertThat(s.recall10Spread(500, 1).std()).isZero();
    }

    @Test
    void retrievalScoresCountAMissAsZeroReciprocalRank() {
        RetrievalScores s = RetrievalScores.fromReciprocalRanks(new double[] {1, 0, 0.5, 0});
        assertThat(s.mrr10()).isEqualTo(0.375);
        assertThat(s.recall10()).isEqualTo(0.5);
        assertThat(s.recall10Spread(1000, 5).std()).isPositive();
    }
}
