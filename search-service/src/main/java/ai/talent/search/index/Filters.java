package ai.talent.search.index;

import ai.talent.domain.model.Nullable;
import ai.talent.domain.model.Region;
import java.util.Set;

/**
 * Hard filters, applied inside both retrieval legs (and browsing): every listed skill, any listed region,
 * every listed spoken language, rate bounds in KRW/hour, minimum years, minimum weekly hours available,
 * minimum rating, remote-friendly only, and ids to leave out. Empty sets and nulls mean no filter.
 */
public record Filters(
        Set<String> skills,
        Set<Region> regions,
        Set<String> languages,
        @Nullable Long minRate,
        @Nullable Long maxRate,
        @Nullable Double minYears,
        @Nullable Integer minAvailability,
        @Nullable Double minRating,
        boolean remoteOnly,
        Set<String> excludeIds) {

    public Filters {
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        excludeIds = excludeIds == null ? Set.of() : Set.copyOf(excludeIds);
    }

    public static Filters none() {
        return new Filters(Set.of(), Set.of(), Set.of(), null, null, null, null, null, false, Set.of());
    }

    public Filters excluding(String id) {
        java.util.Set<String> ids = new java.util.HashSet<>(excludeIds);
        ids.add(id);
        return new Filters(skills, regions, languages, minRate, maxRate, minYears, minAvailability, minRating,
                remoteOnly, ids);
    }

    public boolean isEmpty() {
        return skills.isEmpty() && regions.isEmpty() && languages.isEmpty() && minRate == null && maxRate == null
                && minYears == null && minAvailability == null && minRating == null && !remoteOnly
                && excludeIds.isEmpty();
    }
}
