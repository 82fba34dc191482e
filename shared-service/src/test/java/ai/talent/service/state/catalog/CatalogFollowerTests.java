package ai.talent.service.state.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.SkillLevel;
import ai.talent.localstack.kafka.EmbeddedKafka;
import ai.talent.service.testing.KafkaTestClient;
import ai.talent.service.testing.SampleEvents;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog's follower against a real broker: restore, catch-up, readiness, redeliveries, a reset broker. */
class CatalogFollowerTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static EmbeddedKafka kafka;
    private static KafkaTestClient client;

    @TempDir
    Path dir;

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
    void restoresItsCheckpointAndReadsOnlyWhatCameAfterIt() {
        List<String> before = publish(30);
        Running first = follow();
        first.awaitFollowing();
        assertThat(first.catalog.count()).isGreaterThanOrEqualTo(30);
        before.forEach(id -> assertThat(first.catalog.get(id)).isPresent());
        first.stop();

        List<String> after = publish(5);
        Running second = follow();
        second.awaitFollowing();
        assertThat(second.applied()).as("only the records published while it was stopped").isEqualTo(5.0);
        after.forEach(id -> assertThat(second.catalog.get(id)).isPresent());
        before.forEach(id -> assertThat(second.catalog.get(id)).isPresent());
        second.stop();
    }

    @Test
    void isNotReadyUntilItHasReadToTheEndOffsetsItFoundAtStart() {
        publish(200);
        Running running = follow();
        List<CatalogStatus.Phase> seen = new ArrayList<>();
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(1)).until(() -> {
            seen.add(running.catalog.status().phase());
            return running.catalog.status().ready();
        });
        assertThat(seen).doesNotContain(CatalogStatus.Phase.FAILED);
        assertThat(seen.getFirst()).isIn(CatalogStatus.Phase.STARTING, CatalogStatus.Phase.CATCHING_UP);
        assertThat(running.catalog.status().lag()).isZero();
        running.stop();
    }

    @Test
    void tellsItsStoreOnceThatItCaughtUpAfterCommittingThere() throws Exception {
        publish(20);
        LuceneCatalogStore lucene = LuceneCatalogStore.open(dir);
        java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<CatalogCheckpoint> committedWhenTold =
                new java.util.concurrent.atomic.AtomicReference<>();
        CatalogStore store = (CatalogStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CatalogStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("caughtUp")) {
                        told.incrementAndGet();
                        committedWhenTold.set(lucene.checkpoint());
                        return null;
                    }
                    try {
                        return method.invoke(lucene, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        CatalogFollower<Freelancer> follower = new CatalogFollower<>(StandardCatalogs.freelancers(), store,
                Map.of("bootstrap.servers", kafka.bootstrapServers()), Duration.ofSeconds(5), Duration.ofSeconds(30),
                100, new SimpleMeterRegistry());
        Thread thread = Thread.ofPlatform().name("catalog-test").start(follower);
        Catalog<Freelancer> catalog = new Catalog<>(StandardCatalogs.freelancers(), store, follower);
        await().atMost(TIMEOUT).until(() -> catalog.status().ready());
        publish(5);
        await().atMost(TIMEOUT).until(() -> catalog.count() >= 25);
        follower.stop();
        thread.join(TIMEOUT.toMillis());
        lucene.close();
        assertThat(told.get()).as("once, when it first caught up").isEqualTo(1);
        assertThat(committedWhenTold.get().offsets().values().stream().mapToLong(Long::longValue).sum())
                .as("the caught-up offsets were committed before").isGreaterThanOrEqualTo(20);
    }

    @Test
    void aRedeliveredEventChangesNothingAlsoAfterARestart() {
        String id = SampleEvents.newId("f");
        FreelancerUpserted first = upsert(id, 40_000);
        client.send(first);
        client.send(upsert(id, 60_000));
        Running running = follow();
        running.awaitFollowing();
        running.stop();

        client.send(first);
        Running restarted = follow();
        restarted.awaitFollowing();
        assertThat(restarted.catalog.get(id)).get().extracting(f -> f.hourlyRate().amount()).isEqualTo(60_000L);
        assertThat(restarted.duplicates()).isEqualTo(1.0);
        restarted.stop();
    }

    @Test
    void rebuildsFromTheBeginningWhenItsCheckpointIsFromAnotherCluster() {
        List<String> ids = publish(3);
        try (LuceneCatalogStore store = LuceneCatalogStore.open(dir)) {
            store.upsert("ghost", "{}");
            store.commit(new CatalogCheckpoint("another-cluster", Map.of(0, 999_999L), Map.of()));
        }
        Running running = follow();
        running.awaitFollowing();
        assertThat(running.catalog.get("ghost")).isEmpty();
        ids.forEach(id -> assertThat(running.catalog.get(id)).isPresent());
        running.stop();
    }

    @Test
    void skipsRecordsThatAreNotValidEvents() {
        String id = SampleEvents.newId("f");
        client.send(Topics.FREELANCERS, id, "{not json", Map.of());
        client.send(upsert(id, 50_000));
        Running running = follow();
        running.awaitFollowing();
        assertThat(running.catalog.get(id)).isPresent();
        assertThat(running.skipped()).isGreaterThanOrEqualTo(1.0);
        running.stop();
    }

    @Test
    void aReadBarrierCompletesOnlyOnceEveryRecordOnTheTopicBeforeItIsVisible() throws Exception {
        Running running = follow();
        running.awaitFollowing();
        List<String> ids = publish(50);
        running.catalog.current().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        ids.forEach(id -> assertThat(running.catalog.get(id)).as("%s read before the barrier completed", id)
                .isPresent());
        running.stop();
    }

    @Test
    void aReadBarrierWaitsForACatalogStillCatchingUpAndFailsWhenItStops() throws Exception {
        List<String> ids = publish(200);
        Running running = follow();
        CompletableFuture<Void> barrier = running.catalog.current();
        barrier.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        ids.forEach(id -> assertThat(running.catalog.get(id)).isPresent());
        running.stop();
        assertThat(running.catalog.current()).as("a stopped catalog's barrier").isCompletedExceptionally();
    }

    @Test
    void aReadBarrierNeverCompletesWhileTheBrokerIsUnreachable() {
        // Port 1 on loopback: nothing listens there; a short broker timeout so that stop() returns soon.
        Running running = follow(Map.of("bootstrap.servers", "127.0.0.1:1"), Duration.ofSeconds(2));
        CompletableFuture<Void> barrier = running.catalog.current();
        assertThatThrownBy(() -> barrier.get(3, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
        running.stop();
        assertThat(barrier).as("failed when the catalog stopped").isCompletedExceptionally();
    }

    @Test
    void aCatalogWhoseWriterAFullDiskClosedIsDownThenReplaysFromItsLastCommitOnceTheDiskTakesWrites() {
        FillingDirectory[] disk = new FillingDirectory[1];
        Running running = follow(LuceneCatalogStore.open(dir, new StandardAnalyzer(), (document, id, json) -> { },
                config -> { }, d -> disk[0] = new FillingDirectory(d)));
        List<String> before = publish(20);
        running.awaitFollowing();
        await().atMost(TIMEOUT).until(() -> before.stream().allMatch(id -> running.catalog.get(id).isPresent()));
        long atFill = running.catalog.count();

        disk[0].fill();
        String updated = before.getFirst();
        client.send(upsert(updated, 99_000));
        List<String> during = publish(20);
        await().atMost(TIMEOUT).until(() -> running.catalog.status().phase() == CatalogStatus.Phase.FAILED
                && running.store.broken());
        assertThat(running.catalog.status().detail()).contains(FillingDirectory.NO_SPACE);

        disk[0].free();
        running.awaitFollowing();
        await().atMost(TIMEOUT).until(() -> during.stream().allMatch(id -> running.catalog.get(id).isPresent()));
        assertThat(running.store.broken()).isFalse();
        assertThat(running.catalog.get(updated)).get().extracting(f -> f.hourlyRate().amount()).isEqualTo(99_000L);
        running.stop();

        Running restarted = follow();
        restarted.awaitFollowing();
        assertThat(restarted.catalog.count()).as("one document per entity, none lost").isEqualTo(atFill + 20);
        during.forEach(id -> assertThat(restarted.catalog.get(id)).isPresent());
        assertThat(restarted.catalog.get(updated)).get().extracting(f -> f.hourlyRate().amount()).isEqualTo(99_000L);
        restarted.stop();
    }

    private List<String> publish(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = SampleEvents.newId("f");
            client.send(upsert(id, 30_000 + i));
            ids.add(id);
        }
        return ids;
    }

    private static FreelancerUpserted upsert(String id, long rate) {
        return SampleEvents.freelancerUpserted(SampleEvents.freelancer(id, "Engineer", rate,
                List.of(new SkillLevel("java", 3, 2))));
    }

    private Running follow() {
        return follow(Map.of("bootstrap.servers", kafka.bootstrapServers()), Duration.ofSeconds(30));
    }

    private Running follow(LuceneCatalogStore store) {
        return follow(Map.of("bootstrap.servers", kafka.bootstrapServers()), Duration.ofSeconds(30), store);
    }

    private Running follow(Map<String, Object> kafkaConfig, Duration brokerTimeout) {
        return follow(kafkaConfig, brokerTimeout, LuceneCatalogStore.open(dir));
    }

    private Running follow(Map<String, Object> kafkaConfig, Duration brokerTimeout, LuceneCatalogStore store) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        CatalogFollower<Freelancer> follower = new CatalogFollower<>(StandardCatalogs.freelancers(), store,
                kafkaConfig, Duration.ofSeconds(5), brokerTimeout, 100, registry);
        Thread thread = Thread.ofPlatform().name("catalog-test").start(follower);
        return new Running(new Catalog<>(StandardCatalogs.freelancers(), store, follower), follower, store, thread,
                registry);
    }

    private record Running(Catalog<Freelancer> catalog, CatalogFollower<Freelancer> follower, LuceneCatalogStore store,
                           Thread thread, SimpleMeterRegistry registry) {

        void awaitFollowing() {
            await().atMost(TIMEOUT).until(() -> catalog.status().ready());
        }

        double applied() {
            return count("applied");
        }

        double duplicates() {
            return count("duplicate");
        }

        double skipped() {
            return count("skipped");
        }

        private double count(String outcome) {
            return registry.get("talent.catalog.records").tag("outcome", outcome).counter().count();
        }

        void stop() {
            follower.stop();
            try {
                thread.join(TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertThat(thread.isAlive()).isFalse();
            store.close();
        }
    }
}
