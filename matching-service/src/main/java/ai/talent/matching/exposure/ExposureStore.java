package ai.talent.matching.exposure;

import ai.talent.service.state.StateJson;
import ai.talent.service.state.catalog.CatalogCheckpoint;
import ai.talent.service.state.catalog.CatalogStore;
import ai.talent.service.state.catalog.LuceneCatalogStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The exposure window's store: a {@link LuceneCatalogStore} of the lists in the window (by project id, committed
 * with the topic offsets they reflect), and the {@link ExposureLedger}'s counts kept in step with every write. It
 * holds only the window: a list that leaves it is deleted in the same batch, so the store and the restore at start
 * stay as small as the window. Opening it reads the committed lists back into the ledger.
 */
final class ExposureStore implements CatalogStore {

    private final LuceneCatalogStore store;
    private final ExposureLedger ledger;

    private ExposureStore(LuceneCatalogStore store, ExposureLedger ledger) {
        this.store = store;
        this.ledger = ledger;
        reload();
    }

    static ExposureStore open(Path folder, ExposureLedger ledger) {
        return new ExposureStore(LuceneCatalogStore.open(folder), ledger);
    }

    @Override
    public void upsert(String id, String json) {
        List<String> dropped = ledger.applied(StateJson.read(json, RecommendedList.class));
        if (!dropped.contains(id)) {
            store.upsert(id, json);
        }
        dropped.forEach(store::delete);
    }

    @Override
    public void delete(String id) {
        ledger.removed(id);
        store.delete(id);
    }

    @Override
    public void deleteAll() {
        ledger.cleared();
        store.deleteAll();
    }

    @Override
    public void publish() {
        store.publish();
    }

    @Override
    public void commit(CatalogCheckpoint checkpoint) {
        store.commit(checkpoint);
    }

    @Override
    public CatalogCheckpoint checkpoint() {
        return store.checkpoint();
    }

    @Override
    public Optional<String> get(String id) {
        return store.get(id);
    }

    @Override
    public void forEach(BiConsumer<String, String> idAndJson) {
        store.forEach(idAndJson);
    }

    @Override
    public long count() {
        return store.count();
    }

    /** Back on the last commit: the ledger reads that commit's lists again; the replay after it adds the rest. */
    @Override
    public void recover() {
        store.recover();
        reload();
    }

    @Override
    public void close() {
        store.close();
    }

    private void reload() {
        ledger.cleared();
        store.forEach((id, json) -> ledger.applied(StateJson.read(json, RecommendedList.class)));
    }
}
