package ai.talent.search.index;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts per facet value: skills (taxonomy id), region, rate bucket and years bucket (keys of
 * {@link FacetBuckets}), each in descending count then key order for skills and regions, bucket order otherwise.
 */
public record FacetCounts(Map<String, Long> skills, Map<String, Long> regions, Map<String, Long> rates,
                          Map<String, Long> years) {

    public FacetCounts {
        skills = ordered(skills);
        regions = ordered(regions);
        rates = ordered(rates);
        years = ordered(years);
    }

    /** Counts from per-value tallies: skills and regions ranked, at most {@code maxSkills} skills kept. */
    public static FacetCounts of(Map<String, Long> skills, Map<String, Long> regions, Map<String, Long> rates,
                                 Map<String, Long> years, int maxSkills) {
        return new FacetCounts(ranked(skills, maxSkills), ranked(regions, Integer.MAX_VALUE),
                inBucketOrder(rates, FacetBuckets.RATE_KEYS), inBucketOrder(years, FacetBuckets.YEARS_KEYS));
    }

    /** An unmodifiable copy that keeps the given order (counts are shown in it). */
    private static Map<String, Long> ordered(Map<String, Long> counts) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    private static Map<String, Long> ranked(Map<String, Long> counts, int max) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(max).forEach(e -> out.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Map<String, Long> inBucketOrder(Map<String, Long> counts, java.util.List<String> keys) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String k : keys) {
            long c = counts.getOrDefault(k, 0L);
            if (c > 0) {
                out.put(k, c);
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
