package ai.talent.matching.train;

import ai.djl.ndarray.NDManager;
import ai.talent.matching.text.ChunkedEncoder;
import ai.talent.matching.text.EncoderSettings;
import ai.talent.matching.text.MatchEncoders;
import ai.talent.matching.text.MatchTexts;
import ai.talent.matching.text.TowerBase;
import ai.talent.nn.text.ContrastiveFineTuner;
import ai.talent.nn.transformer.BertEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Two-fold cross-fitting of the towers for the ranker's training lists. Towers fine-tuned on a hire put its profile
 * nearer its post than they put an unseen hire's (measured: the towers' cosine ranks the hire among the applicants
 * at NDCG@10 0.433 → 0.540 on the training hires they were fine-tuned on, 0.422 → 0.463 on unseen ones), so a ranker
 * trained on their similarities trusts the column more than it deserves when it serves. Each training hire falls in
 * one of two folds by its project id; towers fine-tuned on the other fold's hires (half the steps) read its list,
 * and the towers fine-tuned on every hire serve.
 */
public final class CrossFit {

    public static final int FOLDS = 2;

    /** The training markets' pools embedded with one fold's towers (the evaluation keeps them in its cache). */
    public interface Pools {
        List<PoolVectors> embed(ChunkedEncoder towers, BertEncoder weights) throws Exception;
    }

    private CrossFit() {
    }

    /** The fold of a project, stable across runs and markets. */
    public static int fold(String projectId) {
        return Math.floorMod(projectId.hashCode(), FOLDS);
    }

    /** The fine-tuning pairs of one fold (a pair's group is its project id). */
    public static List<ContrastiveFineTuner.Pair> pairsOf(List<ContrastiveFineTuner.Pair> pairs, int fold) {
        return pairs.stream().filter(p -> fold(p.group()) == fold).toList();
    }

    /**
     * The ranker's training lists of {@code markets}, cross-fitted: towers fine-tuned from {@code base} on each fold's
     * {@code pairs} (the settings' steps shared out between the folds), every hire's list read with the other fold's.
     * The folds' encoders live in {@code manager} until it closes.
     */
    public static List<RankingList> lists(RankerTrainer trainer, MatchTexts texts, TowerBase base,
                                          EncoderTrainingSettings settings, List<ContrastiveFineTuner.Pair> pairs,
                                          List<MarketHistory> markets, Pools pools, NDManager manager,
                                          EncoderSettings encoderSettings, SuccessEstimates success,
                                          Consumer<String> log) throws Exception {
        int steps = Math.max(1, settings.steps() / FOLDS);
        EncoderTrainer half = new EncoderTrainer(texts, base, settings.withSteps(steps));
        List<ChunkedEncoder> encoders = new ArrayList<>();
        try {
            List<List<PoolVectors>> foldPools = new ArrayList<>();
            for (int f = 0; f < FOLDS; f++) {
                List<ContrastiveFineTuner.Pair> foldPairs = pairsOf(pairs, f);
                log.accept(String.format(Locale.ROOT, "cross-fitting: towers on fold %d's %,d hires (%d steps)", f,
                        foldPairs.size(), steps));
                BertEncoder bert = half.fineTune(foldPairs, manager,
                        p -> log.accept(String.format(Locale.ROOT, "  step %d: InfoNCE %.3f", (int) p[0], p[1])));
                ChunkedEncoder encoder = MatchEncoders.servingCopy(bert, base, "matching-encoder fold " + f,
                        encoderSettings);
                encoders.add(encoder);
                foldPools.add(pools.embed(encoder, bert));
            }
            List<RankingList> lists = new ArrayList<>();
            for (int m = 0; m < markets.size(); m++) {
                List<RankerTrainer.Towers> towers = new ArrayList<>();
                for (int f = 0; f < FOLDS; f++) {
                    towers.add(new RankerTrainer.Towers(foldPools.get(f).get(m), encoders.get(f)));
                }
                lists.addAll(trainer.lists(markets.get(m), p -> towers.get((fold(p.project().id()) + 1) % FOLDS),
                        success));
            }
            return lists;
        } finally {
            for (ChunkedEncoder e : encoders) {
                e.close();
            }
        }
    }
}
