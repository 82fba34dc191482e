package ai.talent.service.state.catalog;

import java.util.Objects;

/**
 * Declares a catalog: its name (also its folder under {@code <talent.state.dir>/catalogs/}), the topic it mirrors
 * (every partition, read by every replica), the type of its entities and how an event changes them.
 *
 * <pre>{@code
 * @Produces @Singleton @Startup
 * Catalog<Freelancer> freelancers(Catalogs catalogs) {
 *     return catalogs.open(CatalogDefinition.of("freelancers", Topics.FREELANCERS, Freelancer.class,
 *             (event, catalog) -> { switch (event) { ... } }));
 * }
 * }</pre>
 */
public record CatalogDefinition<T>(String name, String topic, Class<T> type, CatalogUpdater<T> updater) {

    public CatalogDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(updater, "updater");
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a catalog name is a folder name of lower-case letters, digits and "
                    + "dashes, was '" + name + "'");
        }
    }

    public static <T> CatalogDefinition<T> of(String name, String topic, Class<T> type, CatalogUpdater<T> updater) {
        return new CatalogDefinition<>(name, topic, type, updater);
    }
}
