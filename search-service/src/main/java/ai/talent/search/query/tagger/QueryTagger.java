package ai.talent.search.query.tagger;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.talent.nn.compress.EncoderFile;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.eval.SpanF1;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.PretrainedWeights;
import ai.talent.search.query.SpanTagger;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The query tagger: marks skill and knowledge spans in a query with the shared encoder and a token-classification
 * head. Words are split on spaces and punctuation; a span's characters run from its first word to its last.
 * Saved as two files: the encoder ({@value #ENCODER_FILE}) and the head ({@value #HEAD_FILE}). Inference is
 * serialised (one forward pass at a time).
 */
public final class QueryTagger implements SpanTagger, AutoCloseable {

    public static final String ENCODER_FILE = "encoder.bin";
    public static final String HEAD_FILE = "head.bin";
    private static final String HEAD_MAGIC = "talent-tagger-head-v1";

    private final QueryTaggerModel model;

    QueryTagger(QueryTaggerModel model) {
        this.model = model;
    }

    /** A new tagger on all-MiniLM-L6-v2 (from its Maven artifact), head untrained. */
    public static QueryTagger miniLm() throws IOException {
        NDManager manager = NnEngine.get().newBaseManager();
        BertEncoder encoder = PretrainedWeights.miniLm(manager);
        return new QueryTagger(new QueryTaggerModel(encoder, tokenizer(), manager));
    }

    /** A new tagger on a given encoder (tests train a small one from scratch), head untrained. */
    public static QueryTagger on(BertEncoder encoder, NDManager manager) throws IOException {
        return new QueryTagger(new QueryTaggerModel(encoder, tokenizer(), manager));
    }

    static HuggingFaceTokenizer tokenizer() throws IOException {
        try (InputStream in = QueryTagger.class.getClassLoader().getResourceAsStream(PretrainedWeights.MINILM_TOKENIZER)) {
            if (in == null) {
                throw new IOException("tokenizer " + PretrainedWeights.MINILM_TOKENIZER + " is not on the classpath");
            }
            return HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "false"));
        }
    }

    /** Trains the tagger; see {@link QueryTaggerModel#train}. */
    public List<Float> train(List<TaggedSentence> data, int steps, int batchSize, float learningRate, int trainLayers,
                             long seed) {
        synchronized (model) {
            return model.train(data, steps, batchSize, learningRate, trainLayers, seed);
        }
    }

    /** Skill and knowledge tags of each sentence's words, in batches. */
    public List<List<String>[]> predictWords(List<List<String>> sentences) {
        List<List<String>[]> out = new ArrayList<>();
        int batch = 32;
        synchronized (model) {
            for (int from = 0; from < sentences.size(); from += batch) {
                out.addAll(model.predict(sentences.subList(from, Math.min(sentences.size(), from + batch))));
            }
        }
        return out;
    }

    /** Span F1 (exact boundaries) per type and combined, on gold tagged sentences. */
    public Map<String, Double> evaluate(List<TaggedSentence> gold) {
        List<List<String>[]> predicted = predictWords(gold.stream().map(TaggedSentence::words).toList());
        List<List<String>> ps = new ArrayList<>();
        List<List<String>> pk = new ArrayList<>();
        List<List<String>> gs = new ArrayList<>();
        List<List<String>> gk = new ArrayList<>();
        List<List<String>> pc = new ArrayList<>();
        List<List<String>> gc = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            ps.add(predicted.get(i)[0]);
            pk.add(predicted.get(i)[1]);
            gs.add(gold.get(i).skills());
            gk.add(gold.get(i).knowledge());
        }
        // combined: both tag sequences of a sentence as one longer sequence, so every span counts once
        for (int i = 0; i < gold.size(); i++) {
            List<String> p = new ArrayList<>(ps.get(i));
            p.add("O");
            p.addAll(pk.get(i));
            List<String> g = new ArrayList<>(gs.get(i));
            g.add("O");
            g.addAll(gk.get(i));
            pc.add(p);
            gc.add(g);
        }
        return Map.of("skill.f1", SpanF1.of(ps, gs).overall().f1(), "knowledge.f1", SpanF1.of(pk, gk).overall().f1(),
                "combined.f1", SpanF1.of(pc, gc).overall().f1());
    }

    @Override
    public List<TaggedSpan> tag(String text) {
        List<int[]> words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> tokens = words.stream().map(w -> text.substring(w[0], w[1])).toList();
        List<String>[] tags = predictWords(List.of(tokens)).get(0);
        List<TaggedSpan> spans = new ArrayList<>();
        for (List<String> sequence : tags) {
            for (var span : SpanF1.spans(0, sequence)) {
                spans.add(new TaggedSpan(words.get(span.start())[0], words.get(span.end() - 1)[1], span.type()));
            }
        }
        return spans;
    }

    /** Word boundaries: runs of letters and digits (with + # . - inside), and each other non-space character alone. */
    public static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || "+#".indexOf(text.charAt(i)) >= 0
                        || (".-".indexOf(text.charAt(i)) >= 0 && i + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(i + 1))))) {
                    i++;
                }
            } else {
                i++;
            }
            out.add(new int[] {start, i});
        }
        return out;
    }

    /** Saves the encoder and the head into a folder. */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        synchronized (model) {
            EncoderFile.save(model.encoder(), dir.resolve(ENCODER_FILE), false);
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(dir.resolve(HEAD_FILE)))) {
                out.writeUTF(HEAD_MAGIC);
                var params = model.head().getParameters();
                out.writeInt(params.size());
                for (var e : params) {
                    NDArray a = e.getValue().getArray();
                    out.writeUTF(e.getKey());
                    long[] shape = a.getShape().getShape();
                    out.writeInt(shape.length);
                    for (long d : shape) {
                        out.writeLong(d);
                    }
                    float[] values = a.toFloatArray();
                    out.writeInt(values.length);
                    for (float v : values) {
                        out.writeFloat(v);
                    }
                }
            }
        }
    }

    /** Loads a tagger saved by {@link #save}. */
    public static QueryTagger load(Path encoderFile, Path headFile) throws IOException {
        NDManager manager = NnEngine.get().newBaseManager();
        try {
            BertEncoder encoder = EncoderFile.load(encoderFile, manager, false);
            encoder.freezeParameters(true);
            QueryTaggerModel model = new QueryTaggerModel(encoder, tokenizer(), manager);
            try (DataInputStream in = new DataInputStream(Files.newInputStream(headFile))) {
                if (!HEAD_MAGIC.equals(in.readUTF())) {
                    throw new IOException(headFile + " is not a query tagger head");
                }
                var params = model.head().getParameters();
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String name = in.readUTF();
                    int dims = in.readInt();
                    for (int d = 0; d < dims; d++) {
                        in.readLong();
                    }
                    float[] values = new float[in.readInt()];
                    for (int v = 0; v < values.length; v++) {
                        values[v] = in.readFloat();
                    }
                    Parameter p = params.get(name);
                    if (p == null) {
                        throw new IOException(headFile + " holds an unknown parameter '" + name + "'");
                    }
                    p.getArray().set(values);
                }
            }
            return new QueryTagger(model);
        } catch (IOException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
