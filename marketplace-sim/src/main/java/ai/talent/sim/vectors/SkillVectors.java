package ai.talent.sim.vectors;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.SkillLevel;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Stand-in embeddings for benchmarks whose index cannot afford to encode every profile: every skill gets a seeded
 * random unit direction; a profile is the level-weighted sum of its skills' directions plus its own noise, a query
 * (a search query's skills, a project's required and nice-to-have skills) the weighted sum of its skills'
 * directions plus noise; all unit length. Like the encoders' vectors they cluster (profiles sharing skills lie close)
 * and no two coincide, which is what an HNSW index's cost and recall depend on. Noisy copies of a few encoded
 * profiles are not like that: their exact nearest neighbours are near-identical copies of one profile that no
 * approximate search can order. The vectors carry no meaning: index, latency and recall figures only.
 */
public final class SkillVectors {

    /** Noise per skill, relative to a skill direction: no two profiles coincide, the clusters stay. */
    public static final double NOISE = 0.35;

    private final int dimension;
    private final long seed;

    public SkillVectors(int dimension, long seed) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be positive, was " + dimension);
        }
        this.dimension = dimension;
        this.seed = seed;
    }

    /** The {@code index}-th profile's vector: its skills weighted by level, plus noise of its own. */
    public float[] profile(Freelancer freelancer, long index) {
        double[] v = new double[dimension];
        for (SkillLevel s : freelancer.skills()) {
            add(v, direction(s.skillId()), s.level());
        }
        add(v, gaussian(seed * 31 + index), NOISE * Math.max(1, freelancer.skills().size()));
        return unit(v);
    }

    /** The {@code index}-th query's vector: the skills' directions at the given weights, plus noise of its own. */
    public float[] query(Map<String, Double> skillWeights, long index) {
        double[] v = new double[dimension];
        skillWeights.forEach((skillId, weight) -> add(v, direction(skillId), weight));
        add(v, gaussian(seed * 17 + 1_000_003L * (index + 1)), NOISE * Math.max(1, skillWeights.size()));
        return unit(v);
    }

    private double[] direction(String skillId) {
        return gaussian(seed ^ ((long) skillId.hashCode() << 20));
    }

    /** A seeded unit vector uniform on the sphere: Gaussian coordinates from two uniforms (Box–Muller), normalised. */
    private double[] gaussian(long s) {
        SplittableRandom rng = new SplittableRandom(s);
        double[] v = new double[dimension];
        for (int d = 0; d < dimension; d++) {
            v[d] = Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
        }
        return toUnit(v);
    }

    private static void add(double[] into, double[] v, double weight) {
        for (int d = 0; d < into.length; d++) {
            into[d] += weight * v[d];
        }
    }

    private static double[] toUnit(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int d = 0; d < v.length; d++) {
            v[d] = norm == 0 ? 0 : v[d] / norm;
        }
        return v;
    }

    private static float[] unit(double[] v) {
        double[] u = toUnit(v);
        float[] out = new float[u.length];
        for (int d = 0; d < u.length; d++) {
            out[d] = (float) u[d];
        }
        return out;
    }
}
