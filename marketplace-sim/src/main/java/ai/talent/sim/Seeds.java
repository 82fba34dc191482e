package ai.talent.sim;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Derives an independent random stream for every simulated entity from (run seed, kind, index), so that any
 * entity can be regenerated on demand without storing it: this is what keeps the simulator in constant memory.
 */
final class Seeds {

    private Seeds() {
    }

    /** A 64-bit seed for one entity of one kind (splitmix64 finaliser over the inputs). */
    static long of(long seed, String kind, long index) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (byte b : kind.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ b);
        }
        return mix(h ^ mix(index + 0x632BE59BD9B4E019L));
    }

    static long of(long seed, String kind, long index, long subIndex) {
        return mix(of(seed, kind, index) ^ mix(subIndex * 0xBF58476D1CE4E5B9L + 1));
    }

    static SplittableRandom rng(long seed, String kind, long index) {
        return new SplittableRandom(of(seed, kind, index));
    }

    /** A uniform double in [0, 1) that depends only on the inputs. */
    static double uniform(long seed, String kind, long index, long subIndex) {
        return (of(seed, kind, index, subIndex) >>> 11) * 0x1.0p-53;
    }

    /** A standard normal value that depends only on the inputs (Box–Muller on two derived uniforms). */
    static double gaussian(long seed, String kind, long index, long subIndex) {
        double u1 = Math.max(uniform(seed, kind, index, subIndex), 1e-12);
        double u2 = uniform(seed, kind + "#2", index, subIndex);
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** A deterministic UUID-shaped event id. */
    static String eventId(long seed, String kind, long index) {
        return new UUID(of(seed, kind, index), of(seed, kind + "#lo", index)).toString();
    }

    /** A deterministic UUID-shaped event id for the {@code subIndex}-th event of one entity. */
    static String eventId(long seed, String kind, long index, long subIndex) {
        return new UUID(of(seed, kind, index, subIndex), of(seed, kind + "#lo", index, subIndex)).toString();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
