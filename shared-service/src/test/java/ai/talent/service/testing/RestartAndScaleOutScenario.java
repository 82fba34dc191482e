package ai.talent.service.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.talent.localstack.kafka.EmbeddedKafka;
import ai.talent.service.testing.ServiceProcess.Answer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What every service must do with its state, checked on its packaged application as {@code ./talent up} runs it,
 * against one real broker:
 * <ol>
 *   <li>fed events, it answers every REST view;</li>
 *   <li>stopped, fed more events, and started again from its state folder, it reports not-ready until it has
 *       restored its state and caught up, and then at once answers the earlier views exactly as before and the
 *       new ones completely;</li>
 *   <li>with a second instance (own port, own state folder) beside it, both answer every view alike; a keyed
 *       read gets the owner's answer on either instance, and each instance owns some keys;</li>
 *   <li>when the second instance crashes, a read of a key it owned is a 503 with Retry-After until the first
 *       instance has taken the key over, then the same answer as before.</li>
 * </ol>
 * A service's {@code *IT} class says which events to send and which views to read. Figures (time to ready, memory)
 * are printed in lines starting with {@code STATE}.
 */
public abstract class RestartAndScaleOutScenario {

    protected static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** Partitions of the suite's source topics on the test broker. */
    protected static final int PARTITIONS = 3;

    private static EmbeddedKafka kafka;
    protected static KafkaTestClient events;
    private static Path work;

    /** A REST read of the service, and how to tell that its answer is complete. */
    protected record View(String path, String postBody, boolean keyed, Predicate<Answer> complete,
                          UnaryOperator<String> normalize, boolean compared) {

        /** A GET of a catalog (answered by every instance from its own copy). */
        public static View catalog(String path, Predicate<Answer> complete) {
            return new View(path, null, false, complete, UnaryOperator.identity(), true);
        }

        /** A GET of keyed state (answered by the instance that owns the key). */
        public static View keyed(String path, Predicate<Answer> complete) {
            return new View(path, null, true, complete, UnaryOperator.identity(), true);
        }

        /** A POST computed from the catalogs. */
        public static View post(String path, String body, Predicate<Answer> complete) {
            return new View(path, body, false, complete, UnaryOperator.identity(), true);
        }

        /** A POST answered from keyed state (by the instance that owns the key; the other sends it on). */
        public static View keyedPost(String path, String body, Predicate<Answer> complete) {
            return new View(path, body, true, complete, UnaryOperator.identity(), true);
        }

        /** A GET that must answer completely before the service stops, and is not compared afterwards. */
        public static View awaited(String path, Predicate<Answer> complete) {
            return new View(path, null, false, complete, UnaryOperator.identity(), false);
        }

        /** The same view, compared after {@code normalize} (for fields made fresh on every call). */
        public View comparedAs(UnaryOperator<String> normalize) {
            return new View(path, postBody, keyed, complete, normalize, compared);
        }

        Answer read(ServiceProcess service) {
            return postBody == null ? service.get(path) : service.post(path, postBody);
        }

        @Override
        public String toString() {
            return (postBody == null ? "GET " : "POST ") + path;
        }
    }

    /** The service's name, as its module and logs call it. */
    protected abstract String service();

    /** Whether the service has keyed state (a Kafka Streams topology). */
    protected abstract boolean hasKeyedState();

    /** Whether the service has catalogs (Lucene stores that every replica holds whole). */
    protected boolean hasCatalogs() {
        return true;
    }

    /** Sends the first events and names the views to read after them. */
    protected abstract List<View> feedBeforeRestart();

    /**
     * Sends events while the service is stopped, and names views that show them; these must not change the views
     * of {@link #feedBeforeRestart()}. Only events the state applies directly belong here (not ones whose effect
     * needs a reaction of the service first).
     */
    protected abstract List<View> feedWhileStopped();

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = EmbeddedKafka.start();
        events = new KafkaTestClient(kafka.bootstrapServers());
        work = Files.createTempDirectory("talent-state-it-");
    }

    @AfterAll
    static void stopBroker() {
        events.close();
        kafka.close();
        StateDirTestResource.deleteRecursively(work);
    }

    @Test
    void answersAlikeAfterARestartFromItsStateFolderAndOnASecondInstance() throws IOException {
        Path stateA = work.resolve(service() + "-a");
        Path stateB = work.resolve(service() + "-b");
        List<View> first;
        Map<View, String> before;
        try (ServiceProcess a = start("a", stateA)) {
            Duration ready = a.awaitReady();
            report("first start, empty state", a, ready);
            // The packaged application runs the prod profile: JSON log lines for a log shipper, no Swagger UI.
            assertThat(Files.readAllLines(a.log())).as("the prod profile logs JSON lines").anySatisfy(line ->
                    assertThat(line).startsWith("{").contains("\"level\":\"", "\"message\":\""));
            assertThat(a.get("/q/swagger-ui/").status()).as("Swagger UI is off in prod").isEqualTo(404);
            first = feedBeforeRestart();
            before = awaitComplete(a, first);
        }

        List<View> second = feedWhileStopped();
        try (ServiceProcess a = start("a", stateA)) {
            Duration ready = a.awaitReady();
            report("restart from its state folder (restore + catch-up)", a, ready);
            first = first.stream().filter(View::compared).toList();
            for (View view : first) {
                assertThat(normalized(view, view.read(a))).as("%s right after the restart", view)
                        .isEqualTo(before.get(view));
            }
            for (View view : second) {
                Answer answer = view.read(a);
                assertThat(view.complete().test(answer))
                        .as("%s shows what was sent while the service was down, as soon as it is ready: %s", view,
                                answer).isTrue();
            }
            // Ready means caught up: the views above answered completely at the first UP. Whether a DOWN phase was
            // seen depends on how the start-up time compares with the restore (HTTP listens last); when it was,
            // it named what it waited for.
            List<String> readiness = a.readinessSeen();
            List<String> down = readiness.stream().filter(r -> r.startsWith("503")).toList();
            assertThat(down).allSatisfy(r -> assertThat(r).containsAnyOf("catching", "starting", "created",
                    "rebalancing", "DOWN"));
            assertThat(readiness.getLast()).as("ready once every catalog follows its topic and the keyed state "
                    + "caught up").doesNotContain("catching").doesNotContain("starting");
            if (hasCatalogs()) {
                assertThat(Files.readString(a.log())).as("the catalogs resumed from their checkpoints")
                        .containsPattern("restored [1-9][0-9]* documents from its checkpoint");
            }
            System.out.printf("STATE %s restart: %d readiness answers before UP were DOWN%n", service(), down.size());

            List<View> all = new ArrayList<>(first);
            all.addAll(second);
            View ownedByB = null;
            String ownedByBAnswer = null;
            try (ServiceProcess b = start("b", stateB)) {
                Duration readyB = b.awaitReady();
                report("second instance, empty state", b, readyB);
                awaitAlike(a, b, all, before);
                ownedByB = all.stream().filter(View::keyed).filter(v -> b.address().equals(v.read(a).servedBy()))
                        .findFirst().orElse(null);
                ownedByBAnswer = ownedByB == null ? null : normalized(ownedByB, ownedByB.read(a));
                // A crash: the group learns of it only when b's session expires, so a meanwhile finds b's keys
                // owned by an instance that does not answer.
                b.kill();
            }
            if (ownedByB != null) {
                awaitTakeOver(a, ownedByB, ownedByBAnswer);
            }
        }
    }

    /** Keys named {@code prefix-...}, at least one on each partition of the suite's topics, so each replica owns some. */
    protected static List<String> keysOnEveryPartition(String prefix, int count) {
        List<String> keys = new ArrayList<>();
        Set<Integer> covered = new HashSet<>();
        for (int i = 0; keys.size() < count || covered.size() < PARTITIONS; i++) {
            String key = prefix + "-" + i;
            int partition = partitionOf(key);
            if (keys.size() < count || !covered.contains(partition)) {
                keys.add(key);
                covered.add(partition);
            }
        }
        return keys;
    }

    /** The partition Kafka's default partitioner picks for a key. */
    protected static int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }

    /** A ranking's or search's body without the count of candidates it considered (a catalog grows). */
    protected static String withoutCandidateCount(String body) {
        return body.replaceAll("\"(candidatesConsidered|searched)\":\\d+", "");
    }

    /** An answer that is 200 and contains every fragment. */
    protected static Predicate<Answer> okWith(String... fragments) {
        return answer -> answer.status() == 200 && List.of(fragments).stream().allMatch(answer.body()::contains);
    }

    private ServiceProcess start(String instance, Path stateDir) {
        return ServiceProcess.start(service() + "-" + instance, kafka.bootstrapServers(), stateDir,
                Path.of("target", "it-logs"), Map.of());
    }

    private static Map<View, String> awaitComplete(ServiceProcess service, List<View> views) {
        Map<View, String> answers = new LinkedHashMap<>();
        for (View view : views) {
            await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(view.complete().test(view.read(service))).as("%s: %s", view, view.read(service))
                            .isTrue());
            answers.put(view, normalized(view, view.read(service)));
        }
        return answers;
    }

    private void awaitAlike(ServiceProcess a, ServiceProcess b, List<View> views, Map<View, String> before) {
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() -> {
            Set<String> owners = new HashSet<>();
            for (View view : views) {
                Answer fromA = view.read(a);
                Answer fromB = view.read(b);
                assertThat(fromA.status()).as("%s on a: %s", view, fromA).isEqualTo(200);
                assertThat(normalized(view, fromB)).as("%s: b answers as a", view).isEqualTo(normalized(view, fromA));
                if (before.containsKey(view)) {
                    assertThat(normalized(view, fromB)).as("%s: as before the restart", view)
                            .isEqualTo(before.get(view));
                }
                if (view.keyed()) {
                    assertThat(fromB.servedBy()).as("%s: the owner answers on either instance", view)
                            .isEqualTo(fromA.servedBy()).isIn(a.address(), b.address());
                    owners.add(fromA.servedBy());
                }
            }
            if (hasKeyedState()) {
                assertThat(owners).as("each instance owns some of the keys read").containsExactlyInAnyOrder(
                        a.address(), b.address());
            }
        });
    }

    /**
     * After the owner of a key crashed, the other instance answers for it: meanwhile (until the group notices) a
     * read is a 503 problem with Retry-After, never an error or a wrong answer; then the same answer as before.
     */
    private static void awaitTakeOver(ServiceProcess survivor, View view, String expected) {
        List<Answer> answers = new ArrayList<>();
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> {
            Answer answer = view.read(survivor);
            answers.add(answer);
            return answer.status() == 200;
        });
        for (Answer answer : answers.subList(0, answers.size() - 1)) {
            assertThat(answer.status()).as("%s while its owner is gone: %s", view, answer).isEqualTo(503);
            assertThat(answer.body()).as("%s while its owner is gone", view).contains("\"status\":503")
                    .containsAnyOf("did not answer", "not known", "moving", "not ready");
            assertThat(answer.retryAfter()).as("%s: Retry-After of the 503", view).isNotBlank();
        }
        Answer last = answers.getLast();
        assertThat(last.servedBy()).as("%s: the survivor owns it now", view).isEqualTo(survivor.address());
        assertThat(normalized(view, last)).as("%s: the same answer as before", view).isEqualTo(expected);
        System.out.printf("STATE take-over of %s: %d answers were 503 with Retry-After until the survivor served it%n",
                view, answers.size() - 1);
    }

    private static String normalized(View view, Answer answer) {
        return answer.status() + " " + view.normalize().apply(answer.body());
    }

    private void report(String what, ServiceProcess process, Duration ready) {
        System.out.printf("STATE %s %s: ready %.1f s after start, RSS %d MB%n", service(), what,
                ready.toMillis() / 1000.0, process.residentMegabytes());
    }
}
