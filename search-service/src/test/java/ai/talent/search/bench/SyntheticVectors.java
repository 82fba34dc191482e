package ai.talent.search.bench;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.SkillLevel;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Stand-in embeddings for the benchmark when encoding every profile is not affordable: each skill has a seeded
 * random direction, a profile is the level-weighted sum of its skills' directions plus noise, a query the sum of
 * its parsed skills' directions plus noise, all unit length. Like real embeddings they cluster (profiles sharing
 * skills lie close), which is what HNSW's cost and recall depend on; unlike them they carry no meaning, so they
 * serve the index, latency and recall figures only.
 */
final class SyntheticVectors {

    private static final double NOISE = 0.35;

    private SyntheticVectors() {
    }

    static float[][] profiles(List<Freelancer> freelancers, int dimension, long seed) {
        float[][] out = new float[freelancers.size()][];
        for (int i = 0; i < freelancers.size(); i++) {
            Freelancer f = freelancers.get(i);
            double[] v = new double[dimension];
            for (SkillLevel s : f.skills()) {
                add(v, direction(s.skillId(), dimension, seed), s.level());
            }
            add(v, noise(dimension, seed * 31 + i), NOISE * Math.max(1, f.skills().size()));
            out[i] = unit(v);
        }
        return out;
    }

    static float[] query(List<String> skillIds, int dimension, long seed, int index) {
        double[] v = new double[dimension];
        for (String id : skillIds) {
            add(v, direction(id, dimension, seed), 3);
        }
        add(v, noise(dimension, seed * 17 + 1_000_003L * (index + 1)), NOISE * Math.max(1, skillIds.size()));
        return unit(v);
    }

    private static double[] direction(String skillId, int dimension, long seed) {
        return noise(dimension, seed ^ ((long) skillId.hashCode() << 20));
    }

    private static double[] noise(int dimension, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[dimension];
        double norm = 0;
        for (int d = 0; d < dimension; d++) {
            // a Gaussian from two uniforms (Box–Muller), so directions are uniform on the sphere
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
