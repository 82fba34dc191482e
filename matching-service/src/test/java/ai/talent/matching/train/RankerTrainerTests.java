package ai.talent.matching.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.model.Freelancer;
import ai.talent.matching.rank.MatchFeature;
import ai.talent.matching.rank.MatchFeatures;
import ai.talent.matching.rank.MatchQuery;
import ai.talent.matching.rank.MlpRanker;
import ai.talent.matching.rank.RankerStore;
import ai.talent.matching.retrieval.HardFilters;
import ai.talent.matching.text.Vectors;
import ai.talent.nn.registry.ModelRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankerTrainerTests {

    private final MatchFeatures features = new MatchFeatures(TrainingRun.BUDGETS);

    @TempDir
    Path registryDir;

    @Test
    void theTrainedRankerOrdersLaterProjectsCandidatesBetterThanRetrievalAndSurvivesTheRegistry() {
        MarketHistory market = TestMarkets.shared();
        PoolVectors pool = TestMarkets.pretrainedPool(market);
        RankerTrainer trainer = new RankerTrainer(TestMarkets.TEXTS, features,
                RankerTrainingSettings.defaults().withEpochs(30));
        List<RankingList> lists = trainer.lists(market, pool, TestMarkets.pretrained());
        assertThat(lists).hasSize(market.hiredBeforeCut().size());
        assertThat(lists.get(0).labels()).hasSize(16);
        assertThat(lists.get(0).labels()[0]).isEqualTo(1f);

        try (MlpRanker ranker = trainer.train(lists, "test", null).ranker()) {
            List<PastProject> later = market.hiredAfterCut();
            float[][] vectors = TestMarkets.pretrained().embed(later.stream()
                    .map(p -> TestMarkets.TEXTS.project(p.project())).toList());
            double ranked = 0;
            double retrieval = 0;
            for (int i = 0; i < later.size(); i++) {
                PastProject p = later.get(i);
                // The candidates a project's ranking sees: its applicants and the profiles nearest to it.
                Set<String> ids = new LinkedHashSet<>(p.applicants());
                ids.addAll(pool.nearest(vectors[i], 20));
                List<String> candidates = new ArrayList<>(ids);
                float[][] x = new float[candidates.size()][];
                double[] similarity = new double[candidates.size()];
                for (int c = 0; c < candidates.size(); c++) {
                    Freelancer f = market.freelancer(candidates.get(c));
                    similarity[c] = Vectors.dot(vectors[i], pool.vector(f.id()));
                    x[c] = features.of(MatchQuery.of(p.project(), HardFilters.NONE), f, similarity[c],
                            market.activityAt(f.id(), p.postedAt()), OptionalDouble.empty());
                }
                float[] scores = ranker.score(x);
                int hired = candidates.indexOf(p.hiredId());
                ranked += ndcg10(rank(scores, hired)) / later.size();
                retrieval += ndcg10(rank(similarity, hired)) / later.size();
            }
            System.out.printf("ranker: NDCG@10 of the hire on %d later projects %.3f (retrieval order %.3f)%n",
                    later.size(), ranked, retrieval);
            assertThat(ranked).isGreaterThan(retrieval + 0.1);

            RankerStore store = new RankerStore(new ModelRegistry(registryDir));
            String version = store.publish(ranker, java.util.Map.of("test", 1.0), "test markets");
            new ModelRegistry(registryDir).promote(RankerStore.MODEL, version);
            try (MlpRanker loaded = store.loadCurrent().orElseThrow()) {
                float[][] rows = lists.get(0).features();
                assertThat(loaded.score(rows)).containsExactly(ranker.score(rows));
                assertThat(loaded.version()).isEqualTo("matching-ranker " + version);
                float[] c = loaded.contributions(rows[0]);
                assertThat(c).hasSize(MatchFeature.count());
                double sum = 0;
                for (float v : c) {
                    sum += v;
                }
                double distance = loaded.score(new float[][] {rows[0]})[0]
                        - loaded.score(new float[][] {loaded.spec().means()})[0];
                assertThat(sum).as("attributions add up to the distance from the average candidate")
                        .isCloseTo(distance, org.assertj.core.api.Assertions.within(0.02 + 0.02 * Math.abs(distance)));
            }
        }
    }

    private static int rank(float[] scores, int item) {
        int better = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] > scores[item]) {
                better++;
            }
        }
        return better + 1;
    }

    private static int rank(double[] scores, int item) {
        int better = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] > scores[item]) {
                better++;
            }
        }
        return better + 1;
    }

    private static double ndcg10(int rank) {
        return rank <= 10 ? 1.0 / (Math.log(rank + 1) / Math.log(2)) : 0.0;
    }
}
