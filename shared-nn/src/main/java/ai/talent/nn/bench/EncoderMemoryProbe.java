package ai.talent.nn.bench;

import ai.talent.nn.compress.SyntheticTitles;
import ai.talent.nn.text.EncoderSource;
import ai.talent.nn.text.InferenceEngine;
import ai.talent.nn.text.TextEncoder;
import ai.talent.nn.text.TextEncoderConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a child JVM by {@link EncoderBench}: loads one {@link TextEncoder} on one engine, and nothing else, embeds
 * a few batches, and prints its resident memory as {@code rss_mb=N start_mb=N}. Arguments: {@code pytorch} or
 * {@code onnxruntime}, then optionally an encoder file and its tokenizer (default: MiniLM from its Maven artifact).
 */
public final class EncoderMemoryProbe {

    private EncoderMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        long start = EncoderBench.rssMb();
        InferenceEngine engine = switch (args[0]) {
            case "pytorch" -> InferenceEngine.PYTORCH;
            case "onnxruntime" -> InferenceEngine.ONNX_RUNTIME;
            default -> throw new IllegalArgumentException("engine must be pytorch or onnxruntime, got " + args[0]);
        };
        TextEncoderConfig config = TextEncoderConfig.defaults().withCacheSize(0).withEngine(engine);
        List<String> texts = new SyntheticTitles(5).next(64);
        try (TextEncoder encoder = args.length > 2
                ? EncoderSource.fromFiles(Path.of(args[1]), Path.of(args[2]), config)
                : TextEncoder.miniLm(config)) {
            for (int i = 0; i < 5; i++) {
                encoder.embed(texts);
            }
            System.gc();
            System.out.println("rss_mb=" + EncoderBench.rssMb() + " start_mb=" + start);
        }
    }
}
