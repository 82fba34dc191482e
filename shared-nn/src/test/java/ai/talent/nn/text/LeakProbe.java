package ai.talent.nn.text;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Pooling;
import ai.talent.nn.transformer.PretrainedWeights;
import ai.talent.nn.transformer.TransformerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs in a child JVM with a fixed, pre-touched heap, so that its RSS can only grow through native memory:
 * warms an encoder up, runs the given number of full-length inferences, and prints the RSS growth, the number
 * of NDArrays alive in the engine before and after, and the size of one inference's hidden-state array.
 */
public final class LeakProbe {

    /** Every input is cut to this many tokens, so each inference's hidden state has the same size. */
    static final int TOKENS = 128;
    static final int HIDDEN = 64;
    static final int LAYERS = 1;

    private static final String FILLER = "freelance backend developer with Kotlin Spring Kafka and PostgreSQL experience "
            + "who also designs mobile apps, translates legal contracts and edits videos every week ";

    private LeakProbe() {
    }

    public static void main(String[] args) throws Exception {
        int inferences = Integer.parseInt(args[0]);
        try (NDManager m = NnEngine.get().newBaseManager();
                TextTokenizer tokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, TOKENS)) {
            BertEncoder bert = PretrainedWeights.randomEncoder(TransformerConfig.tiny(30522, HIDDEN, 4, LAYERS, 128), m);
            bert.freezeParameters(true);
            TextEncoder enc = new TextEncoder(new SentenceEncoder(bert, Pooling.MEAN, true), tokenizer,
                    new TextEncoderConfig(TOKENS, 3, 0, 1, Pooling.MEAN, true), null);
            for (int i = 0; i < 500; i++) {
                enc.embed(text(i));
            }
            // every manager hangs off the engine's root manager, which counts the arrays of all of them
            NDManager root = m.getParentManager();
            int arraysBefore = root.getManagedArrays().size();
            long before = rssKb();
            for (int i = 0; i < inferences; i++) {
                enc.embed(text(i));
            }
            long growth = rssKb() - before;
            int arraysAfter = root.getManagedArrays().size();
            float[][][] hidden = enc.sentenceEncoder().hidden(tokenizer.batch(List.of(text(0))));
            System.out.println("RSS_GROWTH_KB " + growth);
            System.out.println("LIVE_ARRAYS " + arraysBefore + " " + arraysAfter);
            System.out.println("HIDDEN_STATE_BYTES " + (long) hidden.length * hidden[0].length * hidden[0][0].length * 4);
        }
    }

    static String text(int i) {
        return i + " " + FILLER + (i % 7) + " " + FILLER.repeat(2);
    }

    static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
