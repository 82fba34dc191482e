package ai.talent.service.state.catalog;

import ai.talent.domain.event.DomainEvent;

/**
 * How one event changes a catalog. It runs on every replica for every event of the topic, so it must only change
 * the catalog: reactions (events out, calls out) belong to the consumer-group intake, which runs once.
 */
@FunctionalInterface
public interface CatalogUpdater<T> {

    void apply(DomainEvent event, CatalogWriter<T> catalog);
}
