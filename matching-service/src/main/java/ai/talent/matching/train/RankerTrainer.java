package ai.talent.matching.train;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import ai.talent.domain.model.Freelancer;
import ai.talent.matching.rank.MatchFeature;
import ai.talent.matching.rank.MatchFeatures;
import ai.talent.matching.rank.MatchQuery;
import ai.talent.matching.rank.MlpRanker;
import ai.talent.matching.rank.RankerSpec;
import ai.talent.matching.retrieval.HardFilters;
import ai.talent.matching.text.MatchTexts;
import ai.talent.matching.text.TextVectors;
import ai.talent.matching.text.Vectors;
import ai.talent.nn.block.Mlp;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.train.EarlyStopping;
import ai.talent.nn.train.ListNetLoss;
import ai.talent.nn.train.ModelTrainer;
import ai.talent.nn.train.OptimizerConfig;
import ai.talent.nn.train.RankNetLoss;
import ai.talent.nn.train.TensorData;
import ai.talent.nn.train.TrainConfig;
import ai.talent.nn.train.TrainingResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Trains the ranker on historic hires: for each project hired before the cut, one list of its candidates — the
 * hired freelancer (label 1), the applicants who were not hired, and profiles the towers retrieve for the project
 * that never applied (label 0) — with the features as they stood when the project was posted. shared-nn's
 * {@link Mlp} learns a score with a listwise (ListNet) or pairwise (RankNet) loss, stopping early on the latest
 * lists.
 */
public final class RankerTrainer {

    private final MatchTexts texts;
    private final MatchFeatures features;
    private final RankerTrainingSettings settings;

    public RankerTrainer(MatchTexts texts, MatchFeatures features, RankerTrainingSettings settings) {
        this.texts = texts;
        this.features = features;
        this.settings = settings;
    }

    /** The training lists of one market, in posting order, with the towers' vectors of its pool. */
    public List<RankingList> lists(MarketHistory history, PoolVectors pool, TextVectors encoder) {
        return lists(history, pool, encoder, SuccessEstimates.NONE);
    }

    /**
     * The training lists of one market, with the success predictions {@code success} would have published (the
     * ranker learns the predicted-success feature and its fallback from them).
     */
    public List<RankingList> lists(MarketHistory history, PoolVectors pool, TextVectors encoder,
                                   SuccessEstimates success) {
        Towers towers = new Towers(pool, encoder);
        return lists(history, p -> towers, success);
    }

    /** The towers one list reads its text similarity with: the encoder and its vectors of the market's pool. */
    public record Towers(PoolVectors pool, TextVectors encoder) {
    }

    /**
     * The training lists with each hire's text similarity — and the non-applicants retrieved for it — read with
     * {@code towersFor(hire)}. Cross-fitting passes towers fine-tuned without that hire ({@link CrossFit}): towers
     * fine-tuned on a hire put its profile closer to the post than they will put an unseen hire's, and a ranker that
     * learns from those similarities trusts them more than they deserve when it serves.
     */
    public List<RankingList> lists(MarketHistory history, Function<PastProject, Towers> towersFor,
                                   SuccessEstimates success) {
        Random random = new Random(settings.seed() ^ history.seed());
        List<PastProject> hires = history.hiredBeforeCut();
        // the posts embedded once per towers, in one batch each
        Map<Towers, List<Integer>> byTowers = new IdentityHashMap<>();
        for (int i = 0; i < hires.size(); i++) {
            byTowers.computeIfAbsent(towersFor.apply(hires.get(i)), t -> new ArrayList<>()).add(i);
        }
        float[][] projectVectors = new float[hires.size()][];
        byTowers.forEach((towers, rows) -> {
            float[][] v = towers.encoder().embed(rows.stream().map(i -> texts.project(hires.get(i).project())).toList());
            for (int k = 0; k < rows.size(); k++) {
                projectVectors[rows.get(k)] = v[k];
            }
        });
        List<RankingList> lists = new ArrayList<>(hires.size());
        for (int i = 0; i < hires.size(); i++) {
            PastProject p = hires.get(i);
            PoolVectors pool = towersFor.apply(p).pool();
            List<String> ids = candidates(p, pool, projectVectors[i], random);
            MatchQuery q = MatchQuery.of(p.project(), HardFilters.NONE);
            float[][] x = new float[ids.size()][];
            float[] y = new float[ids.size()];
            for (int j = 0; j < ids.size(); j++) {
                // the profile as it stood when the project was posted: a hire's later rating must not leak in
                Freelancer f = history.freelancerAt(ids.get(j), p.postedAt());
                double similarity = Vectors.dot(projectVectors[i], pool.vector(f.id()));
                x[j] = features.of(q, f, similarity, history.activityAt(f.id(), p.postedAt()),
                        success.estimate(history, p, f));
                y[j] = f.id().equals(p.hiredId()) ? 1f : 0f;
            }
            lists.add(new RankingList(x, y));
        }
        return lists;
    }

    /** The hire first, then rejected applicants and retrieved non-applicants, exactly {@code listSize} of them. */
    private List<String> candidates(PastProject p, PoolVectors pool, float[] projectVector, Random random) {
        int size = settings.listSize();
        List<String> rejected = new ArrayList<>(p.applicants());
        rejected.remove(p.hiredId());
        Collections.shuffle(rejected, random);
        Set<String> applied = new HashSet<>(p.applicants());
        List<String> retrieved = new ArrayList<>();
        for (String id : pool.nearest(projectVector, 4 * size)) {
            if (!applied.contains(id)) {
                retrieved.add(id);
            }
        }
        Collections.shuffle(retrieved, random);
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        ids.add(p.hiredId());
        int fromRetrieved = Math.min(retrieved.size(), Math.max(settings.retrievedNegatives(),
                size - 1 - rejected.size()));
        for (String id : rejected) {
            if (ids.size() >= size - fromRetrieved) {
                break;
            }
            ids.add(id);
        }
        for (String id : retrieved) {
            if (ids.size() >= size) {
                break;
            }
            ids.add(id);
        }
        List<String> out = new ArrayList<>(ids);
        // A market too small to fill the list repeats its negatives (the list shape is fixed).
        for (int i = 1; out.size() < size; i++) {
            out.add(out.get(1 + (i - 1) % Math.max(1, ids.size() - 1)));
        }
        return out;
    }

    /**
     * Trains on the lists (in time order: the latest {@code validationShare} stop training early) and returns the
     * ranker under {@code version}, with the training report under {@code reportDir} (null: none).
     */
    public Trained train(List<RankingList> lists, String version, Path reportDir) {
        int validation = (int) Math.round(lists.size() * settings.validationShare());
        List<RankingList> fit = lists.subList(0, lists.size() - validation);
        List<RankingList> held = lists.subList(lists.size() - validation, lists.size());
        RankerSpec spec = new RankerSpec(MatchFeature.names(), means(fit), stds(fit), settings.hidden(),
                settings.dropout(), settings.loss());
        NnEngine.configureCurrentThread();
        Mlp block = MlpRanker.network(spec);
        try (Model model = Model.newInstance("matching-ranker")) {
            model.setBlock(block);
            Loss loss = settings.loss().equals("listnet") ? new ListNetLoss() : new RankNetLoss();
            TrainConfig.Builder config = TrainConfig.builder(loss).epochs(settings.epochs())
                    .batchSize(settings.batchLists()).optimizer(OptimizerConfig.adamW(settings.learningRate()))
                    .seed(settings.seed()).runName("matching-ranker").reportDir(reportDir).showProgress(false);
            if (!held.isEmpty()) {
                config.earlyStopping(EarlyStopping.patience(6));
            }
            try (NDManager data = NnEngine.get().newBaseManager()) {
                TensorData train = tensors(data, fit, spec);
                TensorData check = held.isEmpty() ? null : tensors(data, held, spec);
                TrainingResult result = ModelTrainer.fit(model, config.build(), train, check);
                // The model's weights die with it: the ranker gets its own copy.
                return new Trained(MlpRanker.fromParameters(spec, MlpRanker.parametersOf(block), version), result);
            }
        }
    }

    /** A trained ranker and its training curve. */
    public record Trained(MlpRanker ranker, TrainingResult result) {
    }

    private static TensorData tensors(NDManager m, List<RankingList> lists, RankerSpec spec) {
        int n = lists.size();
        int items = lists.get(0).labels().length;
        int width = spec.features().size();
        float[] x = new float[n * items * width];
        float[] y = new float[n * items];
        for (int l = 0; l < n; l++) {
            RankingList list = lists.get(l);
            for (int i = 0; i < items; i++) {
                float[] row = list.features()[i];
                for (int j = 0; j < width; j++) {
                    x[(l * items + i) * width + j] = (row[j] - spec.means()[j]) / spec.stds()[j];
                }
                y[l * items + i] = list.labels()[i];
            }
        }
        NDArray input = m.create(x, new Shape(n, items, width));
        NDArray label = m.create(y, new Shape(n, items));
        return TensorData.of(input, label);
    }

    private static float[] means(List<RankingList> lists) {
        float[] sum = new float[MatchFeature.count()];
        long rows = 0;
        for (RankingList l : lists) {
            for (float[] row : l.features()) {
                for (int j = 0; j < sum.length; j++) {
                    sum[j] += row[j];
                }
                rows++;
            }
        }
        for (int j = 0; j < sum.length; j++) {
            sum[j] /= Math.max(1, rows);
        }
        return sum;
    }

    private static float[] stds(List<RankingList> lists) {
        float[] mean = means(lists);
        double[] sq = new double[mean.length];
        long rows = 0;
        for (RankingList l : lists) {
            for (float[] row : l.features()) {
                for (int j = 0; j < sq.length; j++) {
                    sq[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
                }
                rows++;
            }
        }
        float[] std = new float[mean.length];
        for (int j = 0; j < std.length; j++) {
            double s = Math.sqrt(sq[j] / Math.max(1, rows));
            // A constant column (no predictions in the history) stays as it is.
            std[j] = s < 1e-6 ? 1f : (float) s;
        }
        return std;
    }
}
