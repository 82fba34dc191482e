package ai.talent.nn.bilingual;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.text.SentenceEncoder;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.train.GradientLock;
import ai.talent.nn.train.OptimizerConfig;
import ai.talent.nn.train.OptimizerKind;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.FusedEncoder;
import ai.talent.nn.transformer.ParameterUpdates;
import ai.talent.nn.transformer.Pooling;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Multilingual knowledge distillation (Reimers and Gurevych, 2020): the frozen English teacher embeds the
 * English side of each parallel pair, and the student learns to give both the English sentence and its
 * translation that embedding, with the mean squared error between unit sentence vectors as the loss. The rows of
 * the token table that the teacher already had stay exactly as they are (English keeps its ids and its
 * embeddings); only the new rows learn, at their own (higher) rate, since they start far from where they belong.
 * Updating just those rows also keeps each step's update below the size at which every allocation is a fresh
 * memory mapping: the full table's update was most of a step's time. Both rates warm up linearly, then decay
 * linearly to zero.
 *
 * <p>The mean squared error pulls each translation towards its target but never says which other sentences it must
 * stay away from, and translation retrieval among similar sentences (STS pairs are near-paraphrases) fails exactly
 * there. With a contrastive weight the loss adds a symmetric in-batch ranking term between the student's Korean
 * vectors and the teacher's English targets (each Korean sentence must pick its own target among the batch's, and
 * each target its own Korean sentence), plus, per pair, the targets the teacher places nearest to its own (mined
 * once over the training set): those are the confusions retrieval makes. The targets are the frozen teacher's, so
 * the negatives cost one matrix product, not another encoder pass.
 */
public final class CrossLingualDistiller {

    /**
     * Training settings. {@code maxSteps} 0 means every batch of every epoch. {@code englishShare} is the share of a
     * batch's pairs whose English side is trained too (1 as in the paper; less saves time on a busy machine, the
     * English side starting where the teacher is and needing only to stay there). {@code contrastiveWeight} above
     * 0 adds a translation-ranking term (see {@link CrossLingualDistiller}) at softmax {@code temperature}.
     */
    public record Config(int epochs, int batchSize, float learningRate, float embeddingLearningRate,
            float warmupShare, float weightDecay, int maxSteps, float englishShare, long seed,
            float contrastiveWeight, float temperature) {

        public Config {
            if (epochs < 1 || batchSize < 1 || !(learningRate > 0) || !(embeddingLearningRate > 0)
                    || warmupShare < 0 || warmupShare >= 1 || weightDecay < 0 || maxSteps < 0
                    || !(englishShare > 0) || englishShare > 1 || contrastiveWeight < 0 || !(temperature > 0)) {
                throw new IllegalArgumentException("invalid distillation settings: " + this);
            }
        }

        /** Mean squared error alone, as in the paper. */
        public Config(int epochs, int batchSize, float learningRate, float embeddingLearningRate, float warmupShare,
                float weightDecay, int maxSteps, float englishShare, long seed) {
            this(epochs, batchSize, learningRate, embeddingLearningRate, warmupShare, weightDecay, maxSteps,
                    englishShare, seed, 0f, 0.05f);
        }
    }

    /** Called after each optimiser step; returns false to stop training early. */
    @FunctionalInterface
    public interface StepListener {
        boolean afterStep(int step, int totalSteps, float loss);
    }

    private final BertEncoder teacher;
    private final TextTokenizer teacherTokenizer;
    private final BertEncoder student;
    private final TextTokenizer studentTokenizer;
    private final Pooling pooling;
    private final int frozenTokenRows;

    /** {@code frozenTokenRows}: how many leading rows of the student's token table never change (the teacher's). */
    public CrossLingualDistiller(BertEncoder teacher, TextTokenizer teacherTokenizer, BertEncoder student,
            TextTokenizer studentTokenizer, Pooling pooling, int frozenTokenRows) {
        this.teacher = teacher;
        this.teacherTokenizer = teacherTokenizer;
        this.student = student;
        this.studentTokenizer = studentTokenizer;
        this.pooling = pooling;
        this.frozenTokenRows = frozenTokenRows;
        if (frozenTokenRows < 0 || frozenTokenRows >= student.config().vocabSize()) {
            throw new IllegalArgumentException("the student's token table has " + student.config().vocabSize()
                    + " rows; " + frozenTokenRows + " frozen leave none to learn");
        }
        teacher.freezeParameters(true);
    }

    /** The teacher's unit embeddings of English sentences (computed once, in length-sorted batches). */
    public float[][] targets(List<String> english) {
        return embedSorted(teacher, teacherTokenizer, english);
    }

    /** The student's unit embeddings of any sentences. */
    public float[][] studentEmbeddings(List<String> texts) {
        return embedSorted(student, studentTokenizer, texts);
    }

    /**
     * Trains on the pairs, whose English sides have teacher embeddings {@code targets} (row i for pair i);
     * returns the loss of each step.
     */
    public List<Float> train(List<ParallelPair> pairs, float[][] targets, Config config, StepListener listener) {
        return train(pairs, targets, null, config, listener);
    }

    /**
     * As {@link #train(List, float[][], Config, StepListener)}, with {@code hardNegatives[i]} the rows of
     * {@code targets} used as extra negatives for pair i by the contrastive term (null: in-batch negatives only).
     */
    public List<Float> train(List<ParallelPair> pairs, float[][] targets, int[][] hardNegatives, Config config,
            StepListener listener) {
        if (hardNegatives != null && hardNegatives.length != targets.length) {
            throw new IllegalArgumentException(hardNegatives.length + " hard-negative rows for " + targets.length
                    + " targets");
        }
        if (pairs.size() != targets.length || pairs.isEmpty()) {
            throw new IllegalArgumentException(pairs.size() + " pairs but " + targets.length + " targets");
        }
        int perEpoch = Math.max(1, pairs.size() / config.batchSize());
        int total = config.epochs() * perEpoch;
        if (config.maxSteps() > 0) {
            total = Math.min(total, config.maxSteps());
        }
        Parameter words = student.embeddings().words();
        List<Parameter> parameters = new ArrayList<>(student.namedParameters().values());
        parameters.remove(words);
        int warmup = Math.max(1, Math.round(config.warmupShare() * total));
        ParameterTracker schedule = schedule(words.getId(), config, warmup, total);
        Optimizer optimizer = new OptimizerConfig(OptimizerKind.ADAMW, config.learningRate(), 0f, config.weightDecay())
                .build(schedule);
        student.freezeParameters(false);
        NnEngine.configureCurrentThread();
        Engine engine = NnEngine.get();
        Random random = new Random(config.seed());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            order.add(i);
        }
        List<Float> losses = new ArrayList<>(total);
        int cursor = order.size();
        for (int step = 1; step <= total; step++) {
            if (cursor + config.batchSize() > order.size()) {
                Collections.shuffle(order, random);
                cursor = 0;
            }
            List<Integer> batch = order.subList(cursor, Math.min(order.size(), cursor + config.batchSize()));
            cursor += batch.size();
            int english = Math.max(1, Math.round(config.englishShare() * batch.size()));
            float loss = GradientLock.with(() -> step(engine, pairs, targets, hardNegatives, batch, english, config));
            ParameterUpdates.step(optimizer, parameters);
            updateNewRows(optimizer, words);
            losses.add(loss);
            if (!listener.afterStep(step, total, loss)) {
                break;
            }
        }
        student.freezeParameters(true);
        return losses;
    }

    /** The optimiser step on the token rows after the frozen ones; the gradient is zeroed for the next step. */
    private void updateNewRows(Optimizer optimizer, Parameter words) {
        NDArray table = words.getArray();
        if (!table.hasGradient()) {
            return;
        }
        NDIndex rows = new NDIndex(frozenTokenRows + ":");
        try (NDManager scratch = table.getManager().newSubManager(); NDArray grad = table.getGradient()) {
            NDArray g = grad.get(rows);
            NDArray w = table.get(rows);
            g.attach(scratch);
            w.attach(scratch);
            optimizer.update(words.getId(), w, g);
            table.set(rows, w);
            grad.subi(grad);
        }
    }

    /** Mean squared error between the student's embeddings of both sides and the targets, without training. */
    public double loss(List<ParallelPair> pairs, float[][] targets) {
        float[][] en = studentEmbeddings(pairs.stream().map(ParallelPair::english).toList());
        float[][] ko = studentEmbeddings(pairs.stream().map(ParallelPair::korean).toList());
        double sum = 0;
        for (int i = 0; i < pairs.size(); i++) {
            for (int k = 0; k < targets[i].length; k++) {
                double a = en[i][k] - targets[i][k];
                double b = ko[i][k] - targets[i][k];
                sum += a * a + b * b;
            }
        }
        return sum / (2.0 * pairs.size() * targets[0].length);
    }

    private float step(Engine engine, List<ParallelPair> pairs, float[][] targets, int[][] hardNegatives,
            List<Integer> batch, int english, Config config) {
        List<String> texts = new ArrayList<>(batch.size() + english);
        float[][] target = new float[batch.size() + english][];
        int j = 0;
        for (int i : batch.subList(0, english)) {
            texts.add(pairs.get(i).english());
            target[j++] = targets[i];
        }
        for (int i : batch) {
            texts.add(pairs.get(i).korean());
            target[j++] = targets[i];
        }
        try (NDManager m = engine.newBaseManager(); GradientCollector gc = engine.newGradientCollector()) {
            NDList in = SentenceEncoder.inputs(m, studentTokenizer.batch(texts));
            NDArray predicted = SentenceEncoder.unitVectors(student, pooling, m, in, true);
            NDArray loss = predicted.sub(m.create(target)).square().mean();
            if (config.contrastiveWeight() > 0) {
                NDArray korean = predicted.get(english + ":");
                loss = loss.add(ranking(m, korean, targets, hardNegatives, batch, config.temperature())
                        .mul(config.contrastiveWeight()));
            }
            gc.backward(loss);
            return loss.getFloat();
        }
    }

    /**
     * The symmetric translation-ranking loss: cross-entropy of each Korean vector picking its own target among the
     * batch's targets and its hard negatives, and of each target picking its own Korean vector among the batch's.
     */
    static NDArray ranking(NDManager m, NDArray korean, float[][] targets, int[][] hardNegatives, List<Integer> batch,
            float temperature) {
        int b = batch.size();
        List<float[]> candidates = new ArrayList<>();
        for (int i : batch) {
            candidates.add(targets[i]);
        }
        if (hardNegatives != null) {
            java.util.Set<Integer> inBatch = new java.util.HashSet<>(batch);
            for (int i : batch) {
                for (int j : hardNegatives[i]) {
                    if (inBatch.add(j)) { // a target already among the candidates is not repeated
                        candidates.add(targets[j]);
                    }
                }
            }
        }
        float[][] own = new float[b][candidates.size()];
        for (int i = 0; i < b; i++) {
            own[i][i] = 1f;
        }
        NDArray labels = m.create(own);
        NDArray logits = korean.matMul(m.create(candidates.toArray(new float[0][])).transpose()).div(temperature);
        NDArray koreanToEnglish = logits.logSoftmax(1).mul(labels).sum().neg().div(b);
        NDArray square = logits.get(":, :" + b);
        NDArray englishToKorean = square.logSoftmax(0).mul(labels.get(":, :" + b)).sum().neg().div(b);
        return koreanToEnglish.add(englishToKorean).div(2);
    }

    /**
     * For each target, the {@code k} other targets nearest to it by cosine, skipping those above {@code maxCosine}
     * (the same sentence written twice, or a paraphrase whose translation may well be identical).
     */
    public static int[][] nearestTargets(float[][] targets, int k, double maxCosine) {
        int n = targets.length;
        int[][] out = new int[n][];
        int chunk = 512;
        try (NDManager m = NnEngine.get().newBaseManager()) {
            NDArray all = m.create(targets);
            for (int start = 0; start < n; start += chunk) {
                int end = Math.min(n, start + chunk);
                float[] scores = all.get(start + ":" + end).matMul(all.transpose()).toFloatArray();
                for (int r = 0; r < end - start; r++) {
                    out[start + r] = topK(scores, r * n, n, start + r, k, maxCosine);
                }
            }
        }
        return out;
    }

    private static int[] topK(float[] scores, int offset, int n, int self, int k, double maxCosine) {
        int[] best = new int[k];
        float[] bestScore = new float[k];
        java.util.Arrays.fill(bestScore, Float.NEGATIVE_INFINITY);
        java.util.Arrays.fill(best, -1);
        for (int j = 0; j < n; j++) {
            float s = scores[offset + j];
            if (j == self || s > maxCosine || s <= bestScore[k - 1]) {
                continue;
            }
            int p = k - 1;
            while (p > 0 && bestScore[p - 1] < s) {
                bestScore[p] = bestScore[p - 1];
                best[p] = best[p - 1];
                p--;
            }
            bestScore[p] = s;
            best[p] = j;
        }
        int found = 0;
        while (found < k && best[found] >= 0) {
            found++;
        }
        return java.util.Arrays.copyOf(best, found);
    }

    /** Linear warm-up to the peak rate, then linear decay to zero; the token table has its own peak. */
    static ParameterTracker schedule(String wordsId, Config config, int warmup, int total) {
        return (id, t) -> {
            float peak = id.equals(wordsId) ? config.embeddingLearningRate() : config.learningRate();
            float scale = t <= warmup ? (float) t / warmup : Math.max(0f, (float) (total - t) / (total - warmup));
            return peak * Math.max(scale, 1e-3f);
        };
    }

    /** Unit sentence vectors in length-sorted batches, through the fused inference path when pooling is MEAN. */
    private float[][] embedSorted(BertEncoder model, TextTokenizer tokenizer, List<String> texts) {
        if (pooling != Pooling.MEAN) {
            return embedSorted(new SentenceEncoder(model, pooling, true)::embed, tokenizer, texts);
        }
        try (FusedEncoder fused = FusedEncoder.of(model)) {
            return embedSorted(b -> fused.meanPooled(b.ids(), b.typeIds(), b.mask(), true), tokenizer, texts);
        }
    }

    private static float[][] embedSorted(java.util.function.Function<ai.talent.nn.text.TokenBatch, float[][]> encoder,
            TextTokenizer tokenizer, List<String> texts) {
        List<long[]> ids = tokenizer.encodeAll(texts);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> ids.get(i).length));
        float[][] out = new float[texts.size()][];
        int batch = 64;
        for (int start = 0; start < order.size(); start += batch) {
            List<Integer> chunk = order.subList(start, Math.min(order.size(), start + batch));
            List<long[]> seqs = new ArrayList<>();
            for (int i : chunk) {
                seqs.add(ids.get(i));
            }
            float[][] vectors = encoder.apply(TextTokenizer.pad(seqs));
            for (int k = 0; k < chunk.size(); k++) {
                out[chunk.get(k)] = vectors[k];
            }
        }
        return out;
    }
}
