package ai.talent.service.state.catalog;

import ai.talent.domain.event.FreelancerDeleted;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.Freelancer;

/** Catalogs several services hold alike. */
public final class StandardCatalogs {

    private StandardCatalogs() {
    }

    /** Every freelancer profile as last published on the {@code freelancers} topic; deleted ones removed. */
    public static CatalogDefinition<Freelancer> freelancers() {
        return CatalogDefinition.of("freelancers", Topics.FREELANCERS, Freelancer.class, (event, catalog) -> {
            if (event instanceof FreelancerUpserted e) {
                catalog.put(e.freelancer().id(), e.freelancer());
            } else if (event instanceof FreelancerDeleted e) {
                catalog.remove(e.freelancerId());
            }
        });
    }
}
