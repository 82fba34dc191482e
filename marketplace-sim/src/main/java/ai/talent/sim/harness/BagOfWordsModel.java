package ai.talent.sim.harness;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.domain.skill.SkillTaxonomy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A bag-of-words logistic regression over the texts, beside the structured features: the proof that what the
 * simulator writes only into prose (roles, domains, achievements, seniority, complexity, hours) can be learned
 * from it. A project–freelancer pair is described by its structured features, how much the two texts overlap
 * (headline with post, bio with post), the words of the post, the words of the bio and the words both share; a
 * query–freelancer pair by its structured search features and the words the query shares with the profile and
 * with its headline. Words seen in fewer than {@value #MIN_DOCUMENTS} training rows are dropped; the fit is a
 * logistic regression by L-BFGS with an L2 penalty on the word columns, chosen on a fifth of the training items
 * held out. It is trained through the harness's API like any model, on the training seeds' texts (the training
 * half of the wording) and scored on the test seeds' (the test half).
 */
public final class BagOfWordsModel {

    public static final String NAME = "bow";

    static final int MIN_DOCUMENTS = 5;
    /** Penalties tried on the token columns; the one with the best held-out log-loss is refitted on everything. */
    private static final double[] L2_GRID = {1e-2, 3e-2, 1e-1, 3e-1};
    /** Share of the training rows (by item) held out to choose the penalty. */
    private static final int VALIDATION_PERCENT = 20;
    private static final int ITERATIONS = 150;

    private final PairFeatures pairFeatures;
    private final SearchFeatures searchFeatures;
    private final long seed;
    private final TextCache texts = new TextCache();

    public BagOfWordsModel(SkillTaxonomy taxonomy, long seed) {
        this.pairFeatures = new PairFeatures(taxonomy);
        this.searchFeatures = new SearchFeatures(taxonomy);
        this.seed = seed;
    }

    /** Trains on the task's training examples and predicts every test item. */
    public Map<String, Double> success(SuccessTask task) {
        Encoder encoder = new Encoder();
        List<Boolean> labels = new ArrayList<>();
        for (SuccessExample e : task.train()) {
            SuccessItem it = e.item();
            encoder.add(it.id(), pairDense(pairFeatures.of(it.project(), it.freelancer(), it.client(), it.at()),
                    it.project(), it.freelancer()), pairWords(it.project(), it.freelancer()));
            labels.add(e.success());
        }
        SparseLogisticRegression model = encoder.fit(labels);
        Map<String, Double> out = new LinkedHashMap<>();
        for (SuccessTestSet set : task.tests()) {
            for (SuccessItem it : set.items()) {
                out.put(it.id(), model.predict(encoder.row(pairDense(pairFeatures.of(it.project(), it.freelancer(),
                        it.client(), it.at()), it.project(), it.freelancer()), pairWords(it.project(), it.freelancer()))));
            }
        }
        return out;
    }

    /** Trains pointwise on who was hired among the training projects' applicants; ranks every test project's. */
    public Map<String, List<String>> applicants(ApplicantTask task) {
        Encoder encoder = new Encoder();
        List<Boolean> labels = new ArrayList<>();
        for (ApplicantExample e : task.train()) {
            ApplicantItem it = e.item();
            for (Freelancer f : it.applicants()) {
                encoder.add(it.id(), pairDense(pairFeatures.of(it.project(), f, it.client(), it.at()), it.project(), f),
                        pairWords(it.project(), f));
                labels.add(f.id().equals(e.hiredFreelancerId()));
            }
        }
        SparseLogisticRegression model = encoder.fit(labels);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ApplicantTestSet set : task.tests()) {
            for (ApplicantItem it : set.items()) {
                out.put(it.id(), ApplicantTask.rank(it.applicants(), f -> model.score(encoder.row(pairDense(
                        pairFeatures.of(it.project(), f, it.client(), it.at()), it.project(), f), pairWords(it.project(), f)))));
            }
        }
        return out;
    }

    /** Trains pointwise on the training queries' judgments (relevant: grade ≥ 2); ranks each test pool. */
    public Map<String, List<String>> search(SearchTask task) {
        Encoder encoder = new Encoder();
        List<Boolean> labels = new ArrayList<>();
        for (SearchSet set : task.train()) {
            List<SearchFeatures.Profile> pool = set.pool().stream().map(searchFeatures::profile).toList();
            SplittableRandom rng = new SplittableRandom(seed + set.seed());
            for (SearchExample e : set.examples()) {
                SearchFeatures.Query q = searchFeatures.analyse(e.item().text());
                for (SearchFeatures.Profile p : pool) {
                    // every judged pair, and a sample of the unjudged pool as plain negatives
                    if (e.grades().containsKey(p.freelancer().id()) || rng.nextDouble() < 0.05) {
                        encoder.add(e.item().id(), searchFeatures.of(q, p), queryWords(q, p));
                        labels.add(e.grades().getOrDefault(p.freelancer().id(), 0) >= SearchTask.RELEVANT);
                    }
                }
            }
        }
        SparseLogisticRegression model = encoder.fit(labels);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (SearchSet set : task.tests()) {
            List<SearchFeatures.Profile> pool = set.pool().stream().map(searchFeatures::profile).toList();
            for (SearchItem it : set.items()) {
                SearchFeatures.Query q = searchFeatures.analyse(it.text());
                out.put(it.id(), SearchTask.top(pool,
                        p -> model.score(encoder.row(searchFeatures.of(q, p), queryWords(q, p)))));
            }
        }
        return out;
    }

    /** The structured features, then how much the two bags of words overlap (headline with post, bio with post). */
    private double[] pairDense(double[] structured, Project p, Freelancer f) {
        Text project = texts.project(p);
        Text freelancer = texts.freelancer(f);
        int headline = 0;
        for (String t : freelancer.title()) {
            if (project.all().contains(t)) {
                headline++;
            }
        }
        int all = 0;
        for (String t : freelancer.all()) {
            if (project.all().contains(t)) {
                all++;
            }
        }
        double[] out = java.util.Arrays.copyOf(structured, structured.length + 3);
        out[structured.length] = headline;
        out[structured.length + 1] = headline / Math.sqrt(Math.max(1, freelancer.title().size()));
        out[structured.length + 2] = all / Math.sqrt(Math.max(1.0, freelancer.all().size() * (double) project.all().size()));
        return out;
    }

    private List<String> pairWords(Project p, Freelancer f) {
        Text project = texts.project(p);
        Text freelancer = texts.freelancer(f);
        List<String> words = new ArrayList<>();
        for (String t : project.all()) {
            words.add("p:" + t);
            if (freelancer.all().contains(t)) {
                words.add("x:" + t);
            }
        }
        for (String t : freelancer.all()) {
            words.add("f:" + t);
        }
        return words;
    }

    private List<String> queryWords(SearchFeatures.Query q, SearchFeatures.Profile p) {
        Text freelancer = texts.freelancer(p.freelancer());
        List<String> words = new ArrayList<>();
        for (String t : q.tokens()) {
            if (p.tokens().contains(t)) {
                words.add("x:" + t);
            }
            if (freelancer.title().contains(t)) {
                words.add("t:" + t);
            }
        }
        return words;
    }

    /**
     * Turns dense features and words into sparse rows: standardised dense columns first, then one column per
     * word seen in at least {@value #MIN_DOCUMENTS} training rows (words are hashed to 64 bits to count them).
     */
    private final class Encoder {
        private final List<double[]> dense = new ArrayList<>();
        private final List<long[]> words = new ArrayList<>();
        private final List<Boolean> heldOut = new ArrayList<>();
        private final Map<Long, Integer> columns = new HashMap<>();
        private double[] mean;
        private double[] scale;

        /** A training row of item {@code item} (an item's rows are held out together or not at all). */
        void add(String item, double[] denseFeatures, List<String> rowWords) {
            heldOut.add(Math.floorMod(hash(item), 100) < VALIDATION_PERCENT);
            dense.add(denseFeatures);
            long[] hashed = new long[rowWords.size()];
            for (int i = 0; i < hashed.length; i++) {
                hashed[i] = hash(rowWords.get(i));
            }
            words.add(hashed);
        }

        SparseLogisticRegression fit(List<Boolean> labels) {
            int d = dense.get(0).length;
            mean = new double[d];
            scale = new double[d];
            for (double[] r : dense) {
                for (int j = 0; j < d; j++) {
                    mean[j] += r[j] / dense.size();
                }
            }
            for (double[] r : dense) {
                for (int j = 0; j < d; j++) {
                    scale[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / dense.size();
                }
            }
            for (int j = 0; j < d; j++) {
                scale[j] = scale[j] < 1e-12 ? 1 : Math.sqrt(scale[j]);
            }
            Map<Long, Integer> documents = new HashMap<>();
            for (long[] w : words) {
                for (long h : w) {
                    documents.merge(h, 1, Integer::sum);
                }
            }
            documents.entrySet().stream().filter(e -> e.getValue() >= MIN_DOCUMENTS).map(Map.Entry::getKey).sorted()
                    .forEach(h -> columns.put(h, d + columns.size()));
            List<SparseLogisticRegression.Row> rows = new ArrayList<>(dense.size());
            for (int i = 0; i < dense.size(); i++) {
                rows.add(encode(dense.get(i), words.get(i)));
            }
            dense.clear();
            words.clear();
            List<SparseLogisticRegression.Row> fitRows = new ArrayList<>();
            List<Boolean> fitLabels = new ArrayList<>();
            List<SparseLogisticRegression.Row> checkRows = new ArrayList<>();
            List<Boolean> checkLabels = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                (heldOut.get(i) ? checkRows : fitRows).add(rows.get(i));
                (heldOut.get(i) ? checkLabels : fitLabels).add(labels.get(i));
            }
            double best = L2_GRID[L2_GRID.length - 1];
            double bestLoss = Double.POSITIVE_INFINITY;
            for (double l2 : L2_GRID) {
                SparseLogisticRegression candidate = SparseLogisticRegression.fit(fitRows, fitLabels,
                        d + columns.size(), d, l2, ITERATIONS);
                double[] p = new double[checkRows.size()];
                boolean[] y = new boolean[checkRows.size()];
                for (int i = 0; i < p.length; i++) {
                    p[i] = candidate.predict(checkRows.get(i));
                    y[i] = checkLabels.get(i);
                }
                double loss = Metrics.logLoss(p, y);
                if (loss < bestLoss) {
                    bestLoss = loss;
                    best = l2;
                }
            }
            return SparseLogisticRegression.fit(rows, labels, d + columns.size(), d, best, ITERATIONS);
        }

        SparseLogisticRegression.Row row(double[] denseFeatures, List<String> rowWords) {
            long[] hashed = new long[rowWords.size()];
            for (int i = 0; i < hashed.length; i++) {
                hashed[i] = hash(rowWords.get(i));
            }
            return encode(denseFeatures, hashed);
        }

        private SparseLogisticRegression.Row encode(double[] denseFeatures, long[] hashed) {
            int d = denseFeatures.length;
            int[] index = new int[d + hashed.length];
            float[] value = new float[d + hashed.length];
            for (int j = 0; j < d; j++) {
                index[j] = j;
                value[j] = (float) ((denseFeatures[j] - mean[j]) / scale[j]);
            }
            int n = d;
            for (long h : hashed) {
                Integer column = columns.get(h);
                if (column != null) {
                    index[n] = column;
                    value[n++] = 1f;
                }
            }
            return new SparseLogisticRegression.Row(java.util.Arrays.copyOf(index, n), java.util.Arrays.copyOf(value, n));
        }
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** A text's title words and all its words. */
    private record Text(Set<String> title, Set<String> all) {
    }

    /** The words of each project's and freelancer's texts, computed once per object. */
    private static final class TextCache {
        private final Map<Project, Text> projects = new IdentityHashMap<>();
        private final Map<Freelancer, Text> freelancers = new IdentityHashMap<>();

        synchronized Text project(Project p) {
            return projects.computeIfAbsent(p, k -> new Text(Tokens.of(p.title()), Tokens.of(p.title() + " "
                    + p.description())));
        }

        synchronized Text freelancer(Freelancer f) {
            return freelancers.computeIfAbsent(f, k -> new Text(Tokens.of(f.headline()), Tokens.of(f.headline() + " "
                    + f.bio())));
        }
    }
}
