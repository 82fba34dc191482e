package ai.talent.search.eval;

import ai.talent.nn.compress.EscoTitles;
import ai.talent.nn.eval.Bootstrap;
import ai.talent.search.encode.DenseEncoder;
import ai.talent.search.query.QueryShape;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Job-title retrieval on ESCO (real data, read at run time): every alternative label is a query whose one relevant
 * answer is its occupation's preferred label. BM25 over the labels analysed as the search index analyses text
 * (Nori and standard fields), MiniLM cosine, and their weighted reciprocal rank fusion with weights per query
 * shape (short, long) tuned on a validation half of the queries; MAP and MRR@10 reported on the other half.
 */
public final class EscoEvaluation {

    static final int DEPTH = 100;
    static final double[] BM25_WEIGHTS = {0, 0.1, 0.25, 0.5, 0.75, 1, 1.5};
    static final double[] K = {5, 10, 20, 60};

    public record Result(Map<String, SimulatedEvaluation.Figure> figures, Map<String, String> weights, int validation,
                         int test) {
    }

    private EscoEvaluation() {
    }

    public static Result run(Path dataDir, int maxQueries, DenseEncoder encoder, long seed, PrintStream log) {
        EscoTitles esco;
        try {
            esco = EscoTitles.load(dataDir, maxQueries, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        long start = System.nanoTime();
        int[][] bm25 = bm25(esco);
        log.printf(Locale.ROOT, "ESCO: %,d occupations, %,d queries; BM25 in %.1f s%n", esco.labels().size(),
                esco.queries().size(), (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        int[][] dense = dense(esco, encoder);
        log.printf(Locale.ROOT, "ESCO: MiniLM retrieval in %.1f s%n", (System.nanoTime() - start) / 1e9);
        int n = esco.queries().size();
        boolean[] validation = new boolean[n];
        for (int i = 0; i < n; i++) {
            validation[i] = Math.floorMod(java.util.Objects.hash(esco.queries().get(i), i, seed), 2) == 0;
        }
        Map<String, double[]> tuned = new LinkedHashMap<>();
        for (String shape : new String[] {"short", "long"}) {
            double best = -1;
            double[] bestW = {1, 1, 60};
            for (double w : BM25_WEIGHTS) {
                for (double k : K) {
                    double sum = 0;
                    int count = 0;
                    for (int i = 0; i < n; i++) {
                        if (validation[i] && shape(esco.queries().get(i)).equals(shape)) {
                            sum += rr(fuse(bm25[i], dense[i], w, 1, k), esco.answers()[i], 10);
                            count++;
                        }
                    }
                    double mean = count == 0 ? 0 : sum / count;
                    if (mean > best + 1e-9) {
                        best = mean;
                        bestW = new double[] {w, 1, k};
                    }
                }
            }
            tuned.put(shape, bestW);
        }
        Map<String, SimulatedEvaluation.Figure> figures = new LinkedHashMap<>();
        List<double[]> rr10 = List.of(new double[n], new double[n], new double[n]);
        List<double[]> ap = List.of(new double[n], new double[n], new double[n]);
        int test = 0;
        for (int i = 0; i < n; i++) {
            if (validation[i]) {
                continue;
            }
            double[] w = tuned.get(shape(esco.queries().get(i)));
            int[][] rankings = {bm25[i], dense[i], fuse(bm25[i], dense[i], w[0], w[1], w[2])};
            for (int m = 0; m < 3; m++) {
                rr10.get(m)[test] = rr(rankings[m], esco.answers()[i], 10);
                ap.get(m)[test] = rr(rankings[m], esco.answers()[i], DEPTH);
            }
            test++;
        }
        String[] names = {"bm25", "dense", "hybrid"};
        for (int m = 0; m < 3; m++) {
            figures.put(names[m] + ".map", figure(java.util.Arrays.copyOf(ap.get(m), test)));
            figures.put(names[m] + ".mrr10", figure(java.util.Arrays.copyOf(rr10.get(m), test)));
        }
        Map<String, String> weights = new LinkedHashMap<>();
        tuned.forEach((shape, w) -> weights.put(shape, String.format(Locale.ROOT, "bm25 %.2f, dense %.2f, k %.0f",
                w[0], w[1], w[2])));
        return new Result(figures, weights, n - test, test);
    }

    static String shape(String query) {
        return QueryShape.of(query).shortQuery() && query.trim().split("\\s+").length <= 2 ? "short" : "long";
    }

    /** Reciprocal rank of the answer within the first {@code depth} results (0 when absent). */
    static double rr(int[] ranking, int answer, int depth) {
        for (int r = 0; r < Math.min(depth, ranking.length); r++) {
            if (ranking[r] == answer) {
                return 1.0 / (r + 1);
            }
        }
        return 0;
    }

    static int[] fuse(int[] a, int[] b, double wa, double wb, double k) {
        Map<Integer, Double> score = new LinkedHashMap<>();
        for (int r = 0; r < a.length; r++) {
            score.merge(a[r], wa / (k + r + 1), Double::sum);
        }
        for (int r = 0; r < b.length; r++) {
            score.merge(b[r], wb / (k + r + 1), Double::sum);
        }
        List<Map.Entry<Integer, Double>> entries = new ArrayList<>(score.entrySet());
        entries.sort(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return entries.stream().limit(DEPTH).mapToInt(Map.Entry::getKey).toArray();
    }

    private static int[][] bm25(EscoTitles esco) {
        Analyzer standard = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new KoreanAnalyzer(), Map.of("label.std", standard));
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < esco.labels().size(); i++) {
                    Document d = new Document();
                    d.add(new StoredField("n", i));
                    d.add(new TextField("label", esco.labels().get(i), Field.Store.NO));
                    d.add(new TextField("label.std", esco.labels().get(i), Field.Store.NO));
                    writer.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryBuilder builder = new QueryBuilder(analyzer);
                int[][] out = new int[esco.queries().size()][];
                var stored = searcher.storedFields();
                for (int q = 0; q < out.length; q++) {
                    BooleanQuery.Builder bool = new BooleanQuery.Builder();
                    for (String field : new String[] {"label", "label.std"}) {
                        Query part = builder.createBooleanQuery(field, esco.queries().get(q));
                        if (part != null) {
                            bool.add(part, BooleanClause.Occur.SHOULD);
                        }
                    }
                    ScoreDoc[] hits = searcher.search(bool.build(), DEPTH).scoreDocs;
                    out[q] = new int[hits.length];
                    for (int r = 0; r < hits.length; r++) {
                        out[q][r] = stored.document(hits[r].doc).getField("n").numericValue().intValue();
                    }
                }
                return out;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[][] dense(EscoTitles esco, DenseEncoder encoder) {
        float[][] labels = encoder.texts(esco.labels());
        int[][] out = new int[esco.queries().size()][];
        int batch = 256;
        for (int from = 0; from < out.length; from += batch) {
            List<String> part = esco.queries().subList(from, Math.min(out.length, from + batch));
            float[][] queries = encoder.texts(part);
            for (int i = 0; i < queries.length; i++) {
                out[from + i] = top(queries[i], labels, DEPTH);
            }
        }
        return out;
    }

    private static int[] top(float[] q, float[][] labels, int k) {
        double[] scores = new double[labels.length];
        for (int j = 0; j < labels.length; j++) {
            double dot = 0;
            for (int d = 0; d < q.length; d++) {
                dot += q[d] * labels[j][d];
            }
            scores[j] = dot;
        }
        Integer[] order = new Integer[labels.length];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        int[] out = new int[Math.min(k, order.length)];
        for (int r = 0; r < out.length; r++) {
            out[r] = order[r];
        }
        return out;
    }

    private static SimulatedEvaluation.Figure figure(double[] values) {
        Bootstrap b = Bootstrap.meanAndSpread(values, 1000, 7);
        return new SimulatedEvaluation.Figure(b.mean(), b.std(), values.length);
    }
}
