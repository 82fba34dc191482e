package ai.talent.search.index;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Nullable;

/**
 * A freelancer as a back end stores it: the profile, its profile embedding (null when no encoder runs) and the
 * version of the event it came from (the record offset: one entity's events share a partition, so a larger
 * version is a later state).
 */
public record IndexedFreelancer(Freelancer freelancer, @Nullable float[] vector, long version) {

    public String id() {
        return freelancer.id();
    }
}
