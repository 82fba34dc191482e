package ai.talent.matching.retrieval;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Region;
import java.util.Set;

/**
 * What a candidate must satisfy to be retrieved at all, when the project requires it: at least
 * {@code minHoursPerWeek} hours of availability, a region among {@code regions} (empty: anywhere), an hourly rate
 * of at most {@code maxHourlyRateKrw}. Null means "no requirement".
 */
public record HardFilters(Integer minHoursPerWeek, Set<Region> regions, Long maxHourlyRateKrw) {

    public static final HardFilters NONE = new HardFilters(null, Set.of(), null);

    public HardFilters {
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        if (minHoursPerWeek != null && (minHoursPerWeek < 0 || minHoursPerWeek > 80)) {
            throw new IllegalArgumentException("minHoursPerWeek must be 0-80, was " + minHoursPerWeek);
        }
        if (maxHourlyRateKrw != null && maxHourlyRateKrw < 0) {
            throw new IllegalArgumentException("maxHourlyRateKrw must be ≥ 0, was " + maxHourlyRateKrw);
        }
    }

    public boolean isNone() {
        return minHoursPerWeek == null && regions.isEmpty() && maxHourlyRateKrw == null;
    }

    /** The same check the indexes make, on a profile in memory. */
    public boolean accepts(Freelancer f) {
        return (minHoursPerWeek == null || f.availabilityHoursPerWeek() >= minHoursPerWeek)
                && (regions.isEmpty() || regions.contains(f.region()))
                && (maxHourlyRateKrw == null || f.hourlyRate().amount() <= maxHourlyRateKrw);
    }
}
