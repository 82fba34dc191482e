package ai.talent.service.state.catalog;

/**
 * Where a catalog stands, for readiness and diagnostics.
 *
 * @param name      the catalog
 * @param phase     {@code STARTING} (reaching the broker), {@code CATCHING_UP} (reading to the end offsets taken
 *                  at start), {@code FOLLOWING} (caught up: ready), {@code FAILED} or {@code STOPPED}
 * @param lag       records between the catalog and the end offsets it aims at (while catching up), else the
 *                  latest measured lag
 * @param documents documents published
 * @param detail    what went wrong, when FAILED or retrying
 */
public record CatalogStatus(String name, Phase phase, long lag, long documents, String detail) {

    public enum Phase { STARTING, CATCHING_UP, FOLLOWING, FAILED, STOPPED }

    public boolean ready() {
        return phase == Phase.FOLLOWING;
    }
}
