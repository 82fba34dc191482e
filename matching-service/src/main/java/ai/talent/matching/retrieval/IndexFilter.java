package ai.talent.matching.retrieval;

import ai.talent.domain.model.Region;
import java.util.Set;

/**
 * A retrieval filter in terms any index back end can express: minimum hours per week, a set of regions (empty:
 * any), a maximum hourly amount, only open entities, and "remote, or in this region" (null: no such condition).
 */
public record IndexFilter(Integer minHoursPerWeek, Set<Region> regions, Long maxHourlyKrw, boolean openOnly,
                          Region remoteOrIn) {

    public static final IndexFilter NONE = new IndexFilter(null, Set.of(), null, false, null);

    public IndexFilter {
        regions = regions == null ? Set.of() : Set.copyOf(regions);
    }

    /** A project's hard filters on freelancers. */
    public static IndexFilter of(HardFilters filters) {
        return new IndexFilter(filters.minHoursPerWeek(), filters.regions(), filters.maxHourlyRateKrw(), false, null);
    }

    /** Open projects that are remote or in {@code region}; any open project when {@code region} is null. */
    public static IndexFilter openProjects(Region region) {
        return new IndexFilter(null, Set.of(), null, true, region);
    }

    public boolean isNone() {
        return minHoursPerWeek == null && regions.isEmpty() && maxHourlyKrw == null && !openOnly && remoteOrIn == null;
    }

    /** The same condition on an entity in memory. */
    public <T extends Record> boolean accepts(IndexedKind<T> kind, T entity) {
        return (minHoursPerWeek == null || kind.hoursPerWeek(entity) >= minHoursPerWeek)
                && (regions.isEmpty() || regions.contains(kind.region(entity)))
                && (maxHourlyKrw == null || kind.hourlyKrw(entity) <= maxHourlyKrw)
                && (!openOnly || kind.open(entity))
                && (remoteOrIn == null || kind.remote(entity) || kind.region(entity) == remoteOrIn);
    }
}
