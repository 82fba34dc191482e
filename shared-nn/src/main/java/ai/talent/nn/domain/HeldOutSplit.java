package ai.talent.nn.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A seeded, stratified choice of items to hold out: in every stratum, the {@code round(fraction × size)} items whose
 * seeded hash of their id comes first. It depends only on the ids, the strata, the fraction and the seed — not on
 * the order the items arrive in — so a training run and a later evaluation draw the same split from the same data.
 */
public final class HeldOutSplit {

    private HeldOutSplit() {
    }

    /** The ids held out. */
    public static <T> Set<String> of(Collection<T> items, Function<T, String> id, Function<T, String> stratum,
            double fraction, long seed) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("held-out fraction must be in [0, 1), got " + fraction);
        }
        Map<String, List<String>> byStratum = new TreeMap<>();
        for (T item : items) {
            byStratum.computeIfAbsent(stratum.apply(item), k -> new ArrayList<>()).add(id.apply(item));
        }
        Set<String> out = new LinkedHashSet<>();
        for (List<String> ids : byStratum.values()) {
            List<String> unique = new ArrayList<>(new LinkedHashSet<>(ids));
            unique.sort(Comparator.comparingLong((String s) -> rank(s, seed)).thenComparing(Comparator.naturalOrder()));
            out.addAll(unique.subList(0, (int) Math.round(fraction * unique.size())));
        }
        return out;
    }

    /** A stable 64-bit rank of an id under a seed (SHA-256, so it is the same on every JVM). */
    static long rank(String id, long seed) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
            return ByteBuffer.wrap(sha.digest(id.getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
