package ai.talent.service.state.catalog;

import ai.talent.service.state.StateJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A catalog as a service reads it: every entity of its topic, held whole by every replica in a local store and
 * kept current by its follower. Reads come from the store (nothing is kept on the heap); the service's readiness
 * stays down until the catalog has caught up with its topic.
 */
public final class Catalog<T> {

    private final CatalogDefinition<T> definition;
    private final CatalogStore store;
    private final CatalogFollower<T> follower;

    Catalog(CatalogDefinition<T> definition, CatalogStore store, CatalogFollower<T> follower) {
        this.definition = definition;
        this.store = store;
        this.follower = follower;
    }

    public String name() {
        return definition.name();
    }

    public Optional<T> get(String id) {
        return store.get(id).map(json -> StateJson.read(json, definition.type()));
    }

    /** Every entity, decoded one at a time from the store. */
    public void forEach(Consumer<? super T> action) {
        store.forEach((id, json) -> action.accept(StateJson.read(json, definition.type())));
    }

    /** Every entity in a list made for the caller (a scan: for rankings over the whole catalog). */
    public List<T> all() {
        List<T> all = new ArrayList<>();
        forEach(all::add);
        return all;
    }

    public long count() {
        return store.count();
    }

    public CatalogStatus status() {
        return follower.status();
    }

    /**
     * A read barrier: completes once this catalog holds, and {@link #get} sees, every record its topic held when this
     * was called (the follower takes the end offsets within its poll interval and completes the barrier when it has
     * applied up to them). An entity absent after that was not on the topic when the caller asked; one absent before
     * may just not be read yet. It does not complete while the follower cannot reach the broker or is still far
     * behind, so bound the wait ({@code get(timeout)}) and cancel it on giving up; it fails when the catalog stops.
     */
    public CompletableFuture<Void> current() {
        return follower.current();
    }
}
