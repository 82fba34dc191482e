package ai.talent.service.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Draws a reproducible sample from jqwik arbitraries inside an ordinary JUnit test.
 *
 * <p>Why not {@code @Property}: the service tests are {@code @QuarkusTest}s (the application, its injection and
 * its broker started once per module), and Quarkus's test extension is a JUnit Jupiter extension that jqwik's own
 * engine does not run, so a {@code @Property} method gets neither injection nor a started application. The tests
 * therefore draw {@code tries} values from the same arbitraries with a fixed seed (printed, and overridable with
 * {@code -Dtalent.fuzz.seed=...}) and check every one; what is lost is jqwik's shrinking, so a failure names the
 * seed, the try and the whole offending input instead of a shrunk one. Properties that need no running service
 * (the event decoder's) are real {@code @Property} tests run by jqwik's engine.
 */
public final class FuzzSamples {

    /** The default seed: fixed, so that CI runs the same inputs every time. */
    public static final long DEFAULT_SEED = 20261201L;

    private static final int GEN_SIZE = 1000;

    private FuzzSamples() {
    }

    /** The seed of this run: {@code talent.fuzz.seed} or {@link #DEFAULT_SEED}. */
    public static long seed() {
        return Long.getLong("talent.fuzz.seed", DEFAULT_SEED);
    }

    /** {@code count} values of {@code arbitrary} drawn with {@code seed}; the same seed gives the same values. */
    public static <T> List<T> draw(Arbitrary<T> arbitrary, int count, long seed) {
        // Outside jqwik's engine its generators need a session (their memoization and stores live in it).
        JqwikSession.start(Long.toString(seed));
        try {
            Random random = new Random(seed);
            var generator = arbitrary.generator(GEN_SIZE, false);
            List<T> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                out.add(generator.next(random).value());
            }
            return out;
        } finally {
            JqwikSession.finish();
        }
    }

    /** REST requests per service: {@code talent.fuzz.rest-tries}, default 150 (CI's time budget). */
    public static int restTries() {
        return Integer.getInteger("talent.fuzz.rest-tries", 150);
    }

    /** Records per input topic: {@code talent.fuzz.event-tries}, default 100. */
    public static int eventTries() {
        return Integer.getInteger("talent.fuzz.event-tries", 100);
    }

    /** Text of an input for a failure message, cut so that a 200 kB string does not drown the report. */
    public static String shown(Object input) {
        String s = String.valueOf(input);
        return s.length() <= 2_000 ? s : s.substring(0, 2_000) + "... (" + s.length() + " chars)";
    }
}
