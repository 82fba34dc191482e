package ai.talent.matching.train;

import ai.djl.ndarray.NDManager;
import ai.talent.matching.text.MatchEncoders;
import ai.talent.matching.text.MatchTexts;
import ai.talent.matching.text.TextVectors;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.text.ContrastiveFineTuner;
import ai.talent.nn.text.FineTuneConfig;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.PretrainedWeights;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Fine-tunes the towers' encoder from all-MiniLM-L6-v2's pretrained weights on historic hires: a posted project's
 * text is the anchor, the hired freelancer's profile the positive, the other pairs of the batch and one mined hard
 * negative per pair the negatives (shared-nn {@link ContrastiveFineTuner}, lower layers frozen). Both towers share
 * the encoder.
 */
public final class EncoderTrainer {

    private final MatchTexts texts;
    private final EncoderTrainingSettings settings;

    public EncoderTrainer(MatchTexts texts, EncoderTrainingSettings settings) {
        this.texts = texts;
        this.settings = settings;
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
            for (int i = 0; i < hires.size(); i++) {
                PastProject p = hires.get(i);
                String negative = negative(p, pool, projectVectors[i], random);
                pairs.add(new ContrastiveFineTuner.Pair(projectTexts.get(i),
                        texts.profile(history.freelancer(p.hiredId())),
                        negative == null ? null : texts.profile(history.freelancer(negative))));
            }
        }
        return pairs;
    }

    private String negative(PastProject p, PoolVectors pool, float[] projectVector, Random random) {
        List<String> rejected = p.applicants().stream().filter(a -> !a.equals(p.hiredId())).toList();
        if (!rejected.isEmpty() && random.nextDouble() < settings.applicantNegativeShare()) {
            return rejected.get(random.nextInt(rejected.size()));
        }
        List<String> near = new ArrayList<>(pool.nearest(projectVector, settings.mineTo() + 1));
        near.remove(p.hiredId());
        List<String> band = near.subList(Math.min(near.size(), settings.mineFrom() - 1),
                Math.min(near.size(), settings.mineTo()));
        return band.isEmpty() ? null : band.get(random.nextInt(band.size()));
    }

    /**
     * Fine-tunes a fresh copy of the pretrained MiniLM on the pairs; the encoder lives in {@code manager}.
     * {@code progress} hears each step's loss.
     */
    public BertEncoder fineTune(List<ContrastiveFineTuner.Pair> pairs, NDManager manager, Consumer<float[]> progress) {
        NnEngine.configureCurrentThread();
        try (TextTokenizer tokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER,
                settings.maxTokens())) {
            BertEncoder encoder = PretrainedWeights.miniLm(manager);
            FineTuneConfig config = new FineTuneConfig(settings.frozenLayers(), settings.learningRate(),
                    settings.layerDecay(), settings.temperature(), settings.batchSize(), settings.seed());
            ContrastiveFineTuner tuner = new ContrastiveFineTuner(encoder, tokenizer, MatchEncoders.pooling(), config);
            int chunk = Math.max(1, Math.min(25, settings.steps()));
            for (int done = 0; done < settings.steps(); done += chunk) {
                int steps = Math.min(chunk, settings.steps() - done);
                List<Float> losses = tuner.train(pairs, steps);
                float mean = 0;
                for (float l : losses) {
                    mean += l / losses.size();
                }
                progress.accept(new float[] {done + steps, mean});
            }
            return encoder;
        } catch (IOException e) {
            throw new UncheckedIOException("MiniLM could not be loaded: " + e.getMessage(), e);
        }
    }
}
