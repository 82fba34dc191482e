package ai.talent.matching.train;

import ai.djl.ndarray.NDManager;
import ai.talent.matching.text.MatchEncoders;
import ai.talent.matching.text.MatchTexts;
import ai.talent.matching.text.TextVectors;
import ai.talent.matching.text.TowerBase;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.text.ContrastiveFineTuner;
import ai.talent.nn.text.FineTuneConfig;
import ai.talent.nn.text.HardNegatives;
import ai.talent.domain.model.Freelancer;
import java.util.Collections;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.transformer.BertEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Fine-tunes the towers' encoder from its base (all-MiniLM-L6-v2's pretrained weights, or the bilingual student
 * grown from them) on historic hires: a posted project's
 * text is the anchor, the hired freelancer's profile the positive, the other pairs of the batch and one mined hard
 * negative per pair the negatives (shared-nn {@link ContrastiveFineTuner}, lower layers frozen). Both towers share
 * the encoder. Hard negatives are the applicants the client did not hire and profiles the pretrained towers
 * put close to the project without being the hire (ranked a little below the top, where unlabelled good fits sit).
 */
public final class EncoderTrainer {

    private final MatchTexts texts;
    private final TowerBase base;
    private final EncoderTrainingSettings settings;

    public EncoderTrainer(MatchTexts texts, TowerBase base, EncoderTrainingSettings settings) {
        this.texts = texts;
        this.base = base;
        this.settings = settings;
    }

    public TowerBase base() {
        return base;
    }

    /**
     * Training pairs from the hires before each market's cut, each with a hard negative: a rejected applicant, or a
     * profile the pretrained towers put close to the project (from {@code pretrainedPools}, one per history).
     */
    public List<ContrastiveFineTuner.Pair> pairs(List<MarketHistory> histories, List<PoolVectors> pretrainedPools,
                                                 TextVectors pretrained) {
        Random random = new Random(settings.seed());
        List<ContrastiveFineTuner.Pair> pairs = new ArrayList<>();
        for (int h = 0; h < histories.size(); h++) {
            MarketHistory history = histories.get(h);
            PoolVectors pool = pretrainedPools.get(h);
            List<PastProject> hires = history.hiredBeforeCut();
            List<String> projectTexts = hires.stream().map(p -> texts.project(p.project())).toList();
            float[][] projectVectors = pretrained.embed(projectTexts);
            List<Freelancer> freelancers = pool.freelancers();
            int[][] near = HardNegatives.mine(projectVectors, pool.vectors(), settings.mineTo(),
                    (project, candidate) -> !freelancers.get(candidate).id().equals(hires.get(project).hiredId()));
            for (int i = 0; i < hires.size(); i++) {
                PastProject p = hires.get(i);
                List<String> negatives = new ArrayList<>();
                for (String id : negatives(p, near[i], freelancers, random)) {
                    negatives.add(texts.profile(history.freelancerAt(id, p.postedAt())));
                }
                pairs.add(new ContrastiveFineTuner.Pair(projectTexts.get(i),
                        texts.profile(history.freelancerAt(p.hiredId(), p.postedAt())), negatives,
                        p.project().id()));
            }
        }
        return pairs;
    }

    /**
     * A pair's hard negatives, one of which each step takes at random: the rejected applicants, and as many mined
     * neighbours (ranked {@code mineFrom}..{@code mineTo} by the pretrained towers) as the applicant share asks for.
     */
    private List<String> negatives(PastProject p, int[] near, List<Freelancer> freelancers, Random random) {
        List<String> rejected = new ArrayList<>(p.applicants());
        rejected.remove(p.hiredId());
        List<String> band = new ArrayList<>();
        for (int r = settings.mineFrom() - 1; r < near.length; r++) {
            band.add(freelancers.get(near[r]).id());
        }
        Collections.shuffle(rejected, random);
        Collections.shuffle(band, random);
        if (rejected.isEmpty() || band.isEmpty()) {
            return rejected.isEmpty() ? band.subList(0, Math.min(2, band.size())) : rejected.subList(0, 1);
        }
        // With share s of applicants among the negatives: one applicant beside round((1 - s) / s) mined ones.
        double s = Math.max(0.05, settings.applicantNegativeShare());
        int mined = (int) Math.max(0, Math.min(band.size(), Math.round((1 - s) / s)));
        List<String> out = new ArrayList<>();
        out.add(rejected.get(0));
        out.addAll(band.subList(0, mined));
        return out;
    }

    /**
     * Fine-tunes a fresh copy of the base encoder on the pairs; the encoder lives in {@code manager}.
     * {@code progress} hears the mean loss every few steps.
     */
    public BertEncoder fineTune(List<ContrastiveFineTuner.Pair> pairs, NDManager manager, Consumer<float[]> progress) {
        NnEngine.configureCurrentThread();
        // Dropout masks come from the engine's generator: seeded, so a run is repeatable.
        NnEngine.get().setRandomSeed((int) settings.seed());
        try (TextTokenizer tokenizer = base.tokenizer(settings.maxTokens())) {
            BertEncoder encoder = base.load(manager);
            FineTuneConfig config = new FineTuneConfig(settings.frozenLayers(), true, settings.learningRate(),
                    settings.layerDecay(), settings.temperature(), settings.batchSize(), 1, settings.seed());
            ContrastiveFineTuner tuner = new ContrastiveFineTuner(encoder, tokenizer, MatchEncoders.pooling(), config);
            int report = Math.max(1, Math.min(25, settings.steps()));
            float[] sum = new float[1];
            tuner.train(pairs, settings.steps(), (step, steps, loss) -> {
                sum[0] += loss;
                if (step % report == 0 || step == steps) {
                    int n = step % report == 0 ? report : step % report;
                    progress.accept(new float[] {step, sum[0] / n});
                    sum[0] = 0;
                }
                return true;
            });
            return encoder;
        }
    }
}
