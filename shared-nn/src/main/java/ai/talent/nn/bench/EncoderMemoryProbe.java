package ai.talent.nn.bench;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.compress.EncoderFile;
import ai.talent.nn.compress.SyntheticTitles;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.onnx.OnnxEncoder;
import ai.talent.nn.text.SentenceEncoder;
import ai.talent.nn.text.TextEncoder;
import ai.talent.nn.text.TextEncoderConfig;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Pooling;
import ai.talent.nn.transformer.PretrainedWeights;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a child JVM by {@link EncoderBench}: loads one encoder on one engine, and nothing else, embeds a few
 * batches, and prints its resident memory as {@code rss_mb=N start_mb=N}. Arguments: {@code pytorch|onnxruntime}
 * and optionally an encoder file and its tokenizer (default: MiniLM from its Maven artifact).
 */
public final class EncoderMemoryProbe {

    private EncoderMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        long start = EncoderBench.rssMb();
        String engine = args[0];
        Path file = args.length > 2 ? Path.of(args[1]) : null;
        Path tokenizerFile = args.length > 2 ? Path.of(args[2]) : null;
        List<String> texts = new SyntheticTitles(5).next(64);
        TextEncoderConfig config = TextEncoderConfig.defaults().withCacheSize(0);
        if ("pytorch".equals(engine)) {
            NDManager m = NnEngine.get().newBaseManager();
            BertEncoder bert = file == null ? PretrainedWeights.miniLm(m) : EncoderFile.load(file, m, false);
            bert.freezeParameters(true);
            TextTokenizer tokenizer = file == null
                    ? TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, config.maxLength())
                    : TextTokenizer.fromFile(tokenizerFile, config.maxLength());
            try (TextEncoder encoder = new TextEncoder(new SentenceEncoder(bert, Pooling.MEAN, true), tokenizer,
                    config, m)) {
                for (int i = 0; i < 5; i++) {
                    encoder.embed(texts);
                }
                report(start);
            }
        } else if ("onnxruntime".equals(engine)) {
            try (OnnxEncoder encoder = file == null ? OnnxEncoder.miniLm() : OnnxEncoder.fromEncoderFile(file);
                    TextTokenizer tokenizer = file == null
                            ? TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, config.maxLength())
                            : TextTokenizer.fromFile(tokenizerFile, config.maxLength())) {
                for (int i = 0; i < 5; i++) {
                    encoder.embed(tokenizer.batch(texts.subList(0, 32)));
                    encoder.embed(tokenizer.batch(texts.subList(32, 64)));
                }
                report(start);
            }
        } else {
            throw new IllegalArgumentException("engine must be pytorch or onnxruntime, got " + engine);
        }
    }

    private static void report(long start) {
        System.gc();
        System.out.println("rss_mb=" + EncoderBench.rssMb() + " start_mb=" + start);
    }
}
