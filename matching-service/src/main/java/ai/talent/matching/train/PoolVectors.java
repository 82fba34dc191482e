package ai.talent.matching.train;

import ai.talent.domain.model.Freelancer;
import ai.talent.matching.text.MatchTexts;
import ai.talent.matching.text.TextVectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/** Every freelancer of a market embedded by one profile tower, with an exact nearest-neighbour search. */
public final class PoolVectors {

    private final List<Freelancer> freelancers;
    private final float[][] vectors;
    private final Map<String, Integer> index = new HashMap<>();

    private PoolVectors(List<Freelancer> freelancers, float[][] vectors) {
        this.freelancers = List.copyOf(freelancers);
        this.vectors = vectors;
        for (int i = 0; i < freelancers.size(); i++) {
            index.put(freelancers.get(i).id(), i);
        }
    }

    /** Embeds the profiles in batches of {@code batch}. */
    public static PoolVectors embed(List<Freelancer> freelancers, TextVectors encoder, MatchTexts texts, int batch) {
        float[][] vectors = new float[freelancers.size()][];
        for (int start = 0; start < freelancers.size(); start += batch) {
            int end = Math.min(freelancers.size(), start + batch);
            List<String> profiles = new ArrayList<>(end - start);
            for (int i = start; i < end; i++) {
                profiles.add(texts.profile(freelancers.get(i)));
            }
            float[][] v = encoder.embed(profiles);
            System.arraycopy(v, 0, vectors, start, v.length);
        }
        return new PoolVectors(freelancers, vectors);
    }

    public List<Freelancer> freelancers() {
        return freelancers;
    }

    public float[][] vectors() {
        return vectors;
    }

    public float[] vector(String freelancerId) {
        return vectors[index.get(freelancerId)];
    }

    /** The ids of the {@code k} profiles nearest to {@code query} (cosine), best first. */
    public List<String> nearest(float[] query, int k) {
        PriorityQueue<double[]> best = new PriorityQueue<>(Comparator.comparingDouble(a -> a[0]));
        for (int i = 0; i < vectors.length; i++) {
            double s = 0;
            float[] v = vectors[i];
            for (int d = 0; d < v.length; d++) {
                s += v[d] * query[d];
            }
            if (best.size() < k) {
                best.add(new double[] {s, i});
            } else if (s > best.peek()[0]) {
                best.poll();
                best.add(new double[] {s, i});
            }
        }
        List<double[]> sorted = new ArrayList<>(best);
        sorted.sort((a, b) -> Double.compare(b[0], a[0]));
        return sorted.stream().map(a -> freelancers.get((int) a[1]).id()).toList();
    }
}
