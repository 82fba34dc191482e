package ai.talent.matching.bench;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Stand-in vectors for the benchmark's index when encoding 100,000 profiles is not affordable: every skill gets a
 * seeded random unit direction; a profile is the level-weighted sum of its skills' directions plus its own noise, a
 * project the sum of its required skills' directions (nice-to-have at half weight) plus noise; all unit length.
 * Profiles that share skills lie close and every profile is distinct, as with the towers' vectors, which is what
 * HNSW's cost and recall depend on. Noisy copies of a few encoded profiles are not: their exact top 50 are
 * near-identical copies of one profile that no approximate search can order, so recall against exact search
 * measured on them says nothing about the index. The vectors carry no meaning: latency and recall only.
 */
final class SkillVectors {

    /** Noise per skill, relative to a skill direction: no two profiles coincide, clusters stay (as search's bench). */
    static final double NOISE = 0.35;

    private final int dimension;
    private final long seed;

    SkillVectors(int dimension, long seed) {
        this.dimension = dimension;
        this.seed = seed;
    }

    float[] profile(Freelancer f, long index) {
        double[] v = new double[dimension];
        for (SkillLevel s : f.skills()) {
            add(v, direction(s.skillId()), s.level());
        }
        add(v, gaussian(seed * 31 + index), NOISE * Math.max(1, f.skills().size()));
        return unit(v);
    }

    float[] project(List<SkillRequirement> required, List<SkillRequirement> niceToHave, long index) {
        double[] v = new double[dimension];
        required.forEach(r -> add(v, direction(r.skillId()), Math.max(1, r.minLevel())));
        niceToHave.forEach(r -> add(v, direction(r.skillId()), 0.5 * Math.max(1, r.minLevel())));
        add(v, gaussian(seed * 17 + 1_000_003L * (index + 1)),
                NOISE * Math.max(1, required.size() + niceToHave.size()));
        return unit(v);
    }

    private double[] direction(String skillId) {
        return gaussian(seed ^ ((long) skillId.hashCode() << 20));
    }

    /** A seeded unit vector uniform on the sphere (normalised Gaussian coordinates). */
    private double[] gaussian(long s) {
        SplittableRandom rng = new SplittableRandom(s);
        double[] v = new double[dimension];
        double norm = 0;
        for (int d = 0; d < dimension; d++) {
            v[d] = Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
            norm += v[d] * v[d];
        }
        norm = Math.sqrt(norm);
        for (int d = 0; d < dimension; d++) {
            v[d] /= norm;
        }
        return v;
    }

    private static void add(double[] into, double[] v, double weight) {
        for (int d = 0; d < into.length; d++) {
            into[d] += weight * v[d];
        }
    }

    private static float[] unit(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int d = 0; d < v.length; d++) {
            out[d] = (float) (norm == 0 ? 0 : v[d] / norm);
        }
        return out;
    }
}
