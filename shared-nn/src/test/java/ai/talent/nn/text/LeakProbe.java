package ai.talent.nn.text;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Pooling;
import ai.talent.nn.transformer.PretrainedWeights;
import ai.talent.nn.transformer.TransformerConfig;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs in a child JVM with a fixed, pre-touched heap, so that its RSS can only grow through native memory:
 * warms a small encoder up, runs the given number of inferences, and prints the RSS growth in KB.
 */
public final class LeakProbe {

    private LeakProbe() {
    }

    public static void main(String[] args) throws Exception {
        int inferences = Integer.parseInt(args[0]);
        try (NDManager m = NnEngine.get().newBaseManager();
                TextTokenizer tokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, 64)) {
            BertEncoder bert = PretrainedWeights.randomEncoder(TransformerConfig.tiny(30522, 32, 4, 2, 128), m);
            bert.freezeParameters(true);
            TextEncoder enc = new TextEncoder(new SentenceEncoder(bert, Pooling.MEAN, true), tokenizer,
                    new TextEncoderConfig(64, 3, 0, 1, Pooling.MEAN, true), null);
            for (int i = 0; i < 1000; i++) {
                enc.embed("warm up " + i);
            }
            long before = rssKb();
            for (int i = 0; i < inferences; i++) {
                enc.embed("freelance text number " + i + (i % 3 == 0 ? " with a few more words in it" : ""));
            }
            System.out.println("RSS_GROWTH_KB " + (rssKb() - before));
        }
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
