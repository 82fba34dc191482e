package ai.talent.matching.exposure;

import ai.talent.domain.event.MatchRecommended;
import ai.talent.domain.event.Topics;
import ai.talent.matching.config.MatchingConfig;
import ai.talent.matching.rank.ExposureCap;
import ai.talent.service.state.catalog.Catalog;
import ai.talent.service.state.catalog.CatalogDefinition;
import ai.talent.service.state.catalog.Catalogs;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The exposure cap's state: the service's own {@code match.recommended} events, folded by a catalog that every
 * replica follows (no consumer group) into the window of the latest {@code matching.exposure.window} lists,
 * committed with the topic offsets under {@code <talent.state.dir>/catalogs/}{@value #CATALOG}. Readiness waits for
 * it to catch up, so a replica that starts or restarts ranks with the same counts as the others.
 */
@ApplicationScoped
public class ExposureState {

    /** The catalog's name and folder. */
    public static final String CATALOG = "exposure-window";

    @Produces
    @Singleton
    ExposureLedger ledger(MatchingConfig config) {
        // With the cap off (share 0) the window is still kept, for its counts; the matcher then ignores them.
        double share = config.exposure().share();
        return new ExposureLedger(new ExposureCap(share > 0 ? share : 1.0, config.exposure().window()));
    }

    @Produces
    @Singleton
    @Startup
    Catalog<RecommendedList> window(Catalogs catalogs, ExposureLedger ledger) {
        return catalogs.open(definition(), folder -> ExposureStore.open(folder, ledger));
    }

    /** Every {@code match.recommended} enters the window as its project's list (a later one replaces it). */
    static CatalogDefinition<RecommendedList> definition() {
        return CatalogDefinition.of(CATALOG, Topics.MATCH_RECOMMENDATIONS, RecommendedList.class, (event, lists) -> {
            if (event instanceof MatchRecommended e) {
                lists.put(e.projectId(), RecommendedList.of(e));
            }
        });
    }
}
