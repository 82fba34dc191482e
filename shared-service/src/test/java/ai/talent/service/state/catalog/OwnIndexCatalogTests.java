package ai.talent.service.state.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.SkillLevel;
import ai.talent.localstack.kafka.EmbeddedKafka;
import ai.talent.service.state.StateConfig;
import ai.talent.service.state.StateJson;
import ai.talent.service.testing.KafkaTestClient;
import ai.talent.service.testing.SampleEvents;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service's own index under a catalog, through {@link Catalogs#open(CatalogDefinition, java.util.function.Function)}
 * against a real broker: the follower writes the service's fields, the checkpoint survives a restart, and readiness
 * waits until the index has caught up.
 */
class OwnIndexCatalogTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String HEADLINE = "headline";

    private static EmbeddedKafka kafka;
    private static KafkaTestClient client;

    @TempDir
    Path dir;

    /** Every store the factory opened, in order: the test searches them and reads their restored checkpoints. */
    private final List<Opened> opened = new CopyOnWriteArrayList<>();
    /** The meters of the catalogs opened last. */
    private SimpleMeterRegistry registry;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.start();
        client = new KafkaTestClient(kafka.bootstrapServers());
    }

    @AfterAll
    static void stopBroker() {
        client.close();
        kafka.close();
    }

    @Test
    void theFollowerWritesTheServicesOwnFieldsAndResumesFromItsCheckpointAfterARestart() {
        List<String> rust = publish(20, "Rust Engineer");
        List<String> kotlin = publish(10, "Kotlin Designer");

        Catalogs first = catalogs();
        SimpleMeterRegistry firstRegistry = registry;
        Catalog<Freelancer> catalog = first.open(StandardCatalogs.freelancers(), this::searchableStore);
        List<CatalogStatus> seen = new ArrayList<>();
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(1)).until(() -> {
            CatalogStatus status = first.statuses().getFirst();
            seen.add(status);
            return status.ready();
        });
        // The first moment readiness is up, the service's own field already answers for everything published before.
        LuceneCatalogStore store = opened.getFirst().store();
        assertThat(hits(store, "rust")).isEqualTo(20);
        assertThat(hits(store, "kotlin")).isEqualTo(10);
        assertThat(seen.getFirst().ready()).as("not ready before it has caught up").isFalse();
        assertThat(seen.getLast().lag()).isZero();
        assertThat(opened.getFirst().checkpoint()).isEqualTo(CatalogCheckpoint.EMPTY);
        assertThat(opened.getFirst().folder()).isEqualTo(dir.resolve("catalogs").resolve("freelancers"));
        assertThat(Files.isDirectory(opened.getFirst().folder())).isTrue();
        rust.forEach(id -> assertThat(catalog.get(id)).get().extracting(Freelancer::headline).isEqualTo("Rust Engineer"));
        assertThat(applied(firstRegistry)).isEqualTo(30.0);
        first.stop();
        CatalogCheckpoint committed;
        try (LuceneCatalogStore closed = LuceneCatalogStore.open(opened.getFirst().folder())) {
            committed = closed.checkpoint();
        }
        assertThat(committed.offsets().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(30L);

        List<String> later = publish(5, "Rust Engineer");
        Catalogs second = catalogs();
        Catalog<Freelancer> restarted = second.open(StandardCatalogs.freelancers(), this::searchableStore);
        await().atMost(TIMEOUT).until(() -> second.statuses().getFirst().ready());
        assertThat(opened.getLast().checkpoint()).as("restored as committed").isEqualTo(committed);
        assertThat(applied(registry)).as("only the records published while it was stopped").isEqualTo(5.0);
        assertThat(hits(opened.getLast().store(), "rust")).isEqualTo(25);
        assertThat(hits(opened.getLast().store(), "kotlin")).isEqualTo(10);
        later.forEach(id -> assertThat(restarted.get(id)).isPresent());
        kotlin.forEach(id -> assertThat(restarted.get(id)).isPresent());
        second.stop();
    }

    @Test
    void aFactoryThatReturnsNoStoreIsRefusedNamingTheCatalog() {
        Catalogs catalogs = catalogs();
        assertThatThrownBy(() -> catalogs.open(StandardCatalogs.freelancers(), folder -> null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("freelancers");
        assertThat(catalogs.statuses()).isEmpty();
    }

    /** A catalog store with a service's own analysed field: the freelancer's headline, searchable by word. */
    private LuceneCatalogStore searchableStore(Path folder) {
        LuceneCatalogStore store = LuceneCatalogStore.open(folder, new StandardAnalyzer(), (document, id, json) ->
                document.add(new TextField(HEADLINE, StateJson.read(json, Freelancer.class).headline(), Field.Store.NO)));
        opened.add(new Opened(folder, store, store.checkpoint()));
        return store;
    }

    private static int hits(LuceneCatalogStore store, String word) {
        return store.search(searcher -> searcher.count(new TermQuery(new Term(HEADLINE, word))));
    }

    private Catalogs catalogs() {
        registry = new SimpleMeterRegistry();
        return new Catalogs(new Settings(dir), registry, Map.of("bootstrap.servers", kafka.bootstrapServers()));
    }

    private static double applied(SimpleMeterRegistry registry) {
        return registry.get("talent.catalog.records").tag("outcome", "applied").counter().count();
    }

    private List<String> publish(int count, String headline) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = SampleEvents.newId("f");
            FreelancerUpserted event = SampleEvents.freelancerUpserted(SampleEvents.freelancer(id, headline,
                    30_000 + i, List.of(new SkillLevel("java", 3, 2))));
            client.send(event);
            ids.add(id);
        }
        return ids;
    }

    private record Opened(Path folder, LuceneCatalogStore store, CatalogCheckpoint checkpoint) {
    }

    /** The state settings a service gets from its configuration, here with the defaults and a temporary folder. */
    private record Settings(Path dir) implements StateConfig {

        @Override
        public Duration probeInterval() {
            return Duration.ofSeconds(1);
        }

        @Override
        public StateConfig.Catalog catalog() {
            return new StateConfig.Catalog() {
                @Override
                public Duration commitInterval() {
                    return Duration.ofSeconds(5);
                }

                @Override
                public int dedupeWindow() {
                    return 100;
                }

                @Override
                public Duration brokerTimeout() {
                    return Duration.ofSeconds(30);
                }
            };
        }

        @Override
        public Keyed keyed() {
            throw new UnsupportedOperationException("catalogs read no keyed-state settings");
        }

        @Override
        public ProcessedIds processedIds() {
            throw new UnsupportedOperationException("catalogs read no processed-id settings");
        }
    }
}
