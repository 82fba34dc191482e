package ai.talent.matching.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.model.Freelancer;
import ai.talent.matching.rank.MatchFeature;
import ai.talent.matching.rank.MatchFeatures;
import ai.talent.matching.rank.MatchQuery;
import ai.talent.matching.rank.MlpRanker;
import ai.talent.matching.rank.RankerStore;
import ai.talent.matching.retrieval.HardFilters;
import ai.talent.matching.text.TextVectors;
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

    /** The columns read from the words of the post and the profile. */
    private static final Set<MatchFeature> TEXT_READ = java.util.EnumSet.of(MatchFeature.ROLE_MATCH,
            MatchFeature.DOMAIN_MATCH, MatchFeature.SENIORITY, MatchFeature.COMPLEXITY,
            MatchFeature.SENIORITY_X_COMPLEXITY, MatchFeature.SENIORITY_GAP, MatchFeature.CRAFT_STRONG,
            MatchFeature.CRAFT_MODEST, MatchFeature.HOURS_SHORTFALL);
    private static final double MIN_TEXT_GAIN = 0.02;

    private final MatchFeatures features = new MatchFeatures(TrainingRun.BUDGETS);

    private static List<RankingList> sharedLists;

    @TempDir
    Path registryDir;

    private final RankerTrainer trainer = new RankerTrainer(TestMarkets.TEXTS, features,
            RankerTrainingSettings.defaults().withEpochs(30));

    /** The shared market's training lists, built once (embedding the projects is most of the cost). */
    private static synchronized List<RankingList> sharedLists(RankerTrainer trainer) {
        if (sharedLists == null) {
            MarketHistory market = TestMarkets.shared();
            sharedLists = trainer.lists(market, TestMarkets.pretrainedPool(market), TestMarkets.pretrained());
        }
        return sharedLists;
    }

    @Test
    void theTrainedRankerOrdersLaterProjectsCandidatesBetterThanRetrievalAndSurvivesTheRegistry() {
        MarketHistory market = TestMarkets.shared();
        PoolVectors pool = TestMarkets.pretrainedPool(market);
        List<RankingList> lists = sharedLists(trainer);
        assertThat(lists).hasSize(market.hiredBeforeCut().size());
        assertThat(lists.get(0).labels()).hasSize(16);
        assertThat(lists.get(0).labels()[0]).isEqualTo(1f);

        try (MlpRanker ranker = trainer.train(lists, "test", null).ranker()) {
            double[] ndcg = laterNdcg(market, pool, ranker, Set.of());
            System.out.printf("ranker: NDCG@10 of the hire on %d later projects %.3f (retrieval order %.3f)%n",
                    market.hiredAfterCut().size(), ndcg[0], ndcg[1]);
            assertThat(ndcg[0]).isGreaterThan(ndcg[1] + 0.1);

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

    @Test
    void whatThePostAndTheProfileSayInWordsRaisesTheRankOfTheHire() {
        MarketHistory market = TestMarkets.shared();
        PoolVectors pool = TestMarkets.pretrainedPool(market);
        List<RankingList> lists = sharedLists(trainer);
        List<RankingList> blind = lists.stream().map(l -> new RankingList(hide(l.features(), TEXT_READ), l.labels()))
                .toList();
        try (MlpRanker reading = trainer.train(lists, "reading", null).ranker();
             MlpRanker notReading = trainer.train(blind, "blind", null).ranker()) {
            double with = laterNdcg(market, pool, reading, Set.of())[0];
            double without = laterNdcg(market, pool, notReading, TEXT_READ)[0];
            System.out.printf("ranker: NDCG@10 of the hire on later projects %.3f reading the texts, %.3f without%n",
                    with, without);
            assertThat(with).isGreaterThan(without + MIN_TEXT_GAIN);
        }
    }

    @Test
    void crossFittedListsReadEachHireWithTheTowersGivenForItsFold() {
        MarketHistory market = TestMarkets.shared();
        PoolVectors pool = TestMarkets.pretrainedPool(market);
        // the other fold's towers: the same space at half the length, so a list read with them has the same
        // candidates at a quarter of the similarity
        TextVectors halved = new TextVectors() {
            @Override
            public String fingerprint() {
                return "halved";
            }

            @Override
            public int dimension() {
                return TestMarkets.pretrained().dimension();
            }

            @Override
            public float[][] embed(List<String> texts) {
                float[][] v = TestMarkets.pretrained().embed(texts);
                for (float[] row : v) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] = 0.5f * row[j];
                    }
                }
                return v;
            }
        };
        List<RankerTrainer.Towers> towers = List.of(new RankerTrainer.Towers(pool, TestMarkets.pretrained()),
                new RankerTrainer.Towers(PoolVectors.embed(market.freelancers(), halved, TestMarkets.TEXTS, 64),
                        halved));
        List<PastProject> hires = market.hiredBeforeCut();
        List<RankingList> crossFitted = trainer.lists(market,
                p -> towers.get((CrossFit.fold(p.project().id()) + 1) % CrossFit.FOLDS), SuccessEstimates.NONE);
        List<RankingList> plain = sharedLists(trainer);
        assertThat(crossFitted).hasSize(hires.size());
        int sim = MatchFeature.TEXT_SIMILARITY.ordinal();
        int[] perFold = new int[CrossFit.FOLDS];
        for (int i = 0; i < hires.size(); i++) {
            int fold = CrossFit.fold(hires.get(i).project().id());
            perFold[fold]++;
            assertThat(crossFitted.get(i).labels()).containsExactly(plain.get(i).labels());
            if (fold == 1) {
                // fold 1 is read with the other fold's towers, the plain ones: the very lists of the plain run
                assertThat(crossFitted.get(i).features()).isDeepEqualTo(plain.get(i).features());
            } else {
                // fold 0 with the halved towers: the same candidates at a quarter of the similarity
                for (int c = 0; c < plain.get(i).labels().length; c++) {
                    assertThat(crossFitted.get(i).features()[c][sim]).isCloseTo(
                            0.25f * plain.get(i).features()[c][sim], org.assertj.core.api.Assertions.within(1e-4f));
                }
            }
        }
        System.out.printf("cross-fitting folds of %d training hires: %s%n", hires.size(),
                java.util.Arrays.toString(perFold));
        assertThat(java.util.Arrays.stream(perFold).min().orElseThrow()).isGreaterThan(hires.size() / 3);
    }

    @Test
    void theFoldsSplitThePairsByProjectAndStayTheSameAcrossRuns() {
        List<ai.talent.nn.text.ContrastiveFineTuner.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            pairs.add(new ai.talent.nn.text.ContrastiveFineTuner.Pair("post " + i, "profile " + i, List.of(),
                    "p-" + i));
        }
        List<ai.talent.nn.text.ContrastiveFineTuner.Pair> zero = CrossFit.pairsOf(pairs, 0);
        List<ai.talent.nn.text.ContrastiveFineTuner.Pair> one = CrossFit.pairsOf(pairs, 1);
        assertThat(zero.size() + one.size()).isEqualTo(pairs.size());
        assertThat(zero).doesNotContainAnyElementsOf(one);
        assertThat(zero.size()).isBetween(80, 120);
        assertThat(CrossFit.fold("p-17")).isEqualTo(CrossFit.fold(new String("p-17")));
    }

    /** Each later project's applicants and the profiles nearest to it, ranked by the ranker and by similarity. */
    private double[] laterNdcg(MarketHistory market, PoolVectors pool, MlpRanker ranker, Set<MatchFeature> hidden) {
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
            float[] scores = ranker.score(hide(x, hidden));
            int hired = candidates.indexOf(p.hiredId());
            ranked += ndcg10(rank(scores, hired)) / later.size();
            retrieval += ndcg10(rank(similarity, hired)) / later.size();
        }
        return new double[] {ranked, retrieval};
    }

    /** The rows with the {@code hidden} columns set to 0 (a ranker that never sees them). */
    private static float[][] hide(float[][] rows, Set<MatchFeature> hidden) {
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].clone();
            for (MatchFeature f : hidden) {
                out[i][f.ordinal()] = 0f;
            }
        }
        return out;
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
