package ai.talent.faults;

import ai.talent.domain.model.SkillLevel;
import ai.talent.localstack.es.ElasticsearchNode;
import ai.talent.localstack.es.ElasticsearchNodeSettings;
import ai.talent.service.testing.KafkaTestClient;
import ai.talent.service.testing.SampleEvents;
import ai.talent.service.testing.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * search-service on the Elasticsearch back end; the node is killed (SIGKILL) after a first batch of profiles is
 * indexed. While it is down a search must answer 503 with {@code Retry-After}, and the profiles published meanwhile
 * must wait for it (not be dead-lettered); once the node is back on the same port and data, every profile the broker
 * acknowledged is in the index, once.
 */
final class ElasticsearchDownScenario implements FaultScenario {

    static final int EVENTS = 100;
    private static final Duration DOWN_FOR = Duration.ofSeconds(4);
    private static final Duration EFFECT_TIMEOUT = Duration.ofSeconds(120);

    @Override
    public String name() {
        return "elasticsearch-down";
    }

    @Override
    public String description() {
        return "kill -9 the Elasticsearch node under search-service, publish " + EVENTS / 2 + " of " + EVENTS
                + " profiles while it is down, start it again: 503 + Retry-After meanwhile, every profile indexed once";
    }

    @Override
    public FaultReport run(FaultRig rig) {
        long start = System.nanoTime();
        List<String> checks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        String run = SampleEvents.newId("es");
        String term = "quokka" + run.replaceAll("[^a-z0-9]", "");
        ElasticsearchNodeSettings settings = ElasticsearchNodeSettings.defaults()
                .withHomeDir(rig.folder("elasticsearch-down-node")).withHttpPort(freePort());
        ElasticsearchNode node = ElasticsearchNode.start(settings);
        Path state = rig.folder("elasticsearch-down-search");
        List<String> ids = new ArrayList<>();
        try (TrackedProducer producer = new TrackedProducer(rig.bootstrap());
             KafkaTestClient reader = new KafkaTestClient(rig.bootstrap());
             ServiceProcess search = rig.start("search-service", "es-down", state, Map.of(
                     "talent.search.backend", "elasticsearch",
                     "talent.search.elasticsearch.url", node.url(),
                     // BM25 only: the fault is the store's, and encoding would only slow the scenario
                     "talent.search.encoder.name", "none"))) {
            search.awaitReady();
            for (int i = 0; i < EVENTS / 2; i++) {
                ids.add(publish(producer, run, term, i));
            }
            producer.flush();
            awaitIndexed(search, ids.subList(0, EVENTS / 2), EFFECT_TIMEOUT);

            node.kill();
            ServiceProcess.Answer down = awaitAnswerWhileDown(search, term);
            checks.add("search while the node is down: " + down.status() + " with Retry-After " + down.retryAfter());
            if (down.status() != 503 || down.retryAfter() == null) {
                failures.add("a search while Elasticsearch is down answered " + down.status() + " (Retry-After "
                        + down.retryAfter() + "), not 503 with Retry-After: " + down.body());
            }
            for (int i = EVENTS / 2; i < EVENTS; i++) {
                ids.add(publish(producer, run, term, i));
            }
            producer.flush();
            // longer than the intake's retries of a transient failure, which used to dead-letter these profiles
            Effects.pause(DOWN_FOR);
            node = ElasticsearchNode.start(settings);
            checks.add("Elasticsearch node back on the same port and data after " + DOWN_FOR.toSeconds() + " s down");

            Set<String> acknowledged = producer.acknowledged();
            Set<String> indexed = awaitIndexed(search, ids, EFFECT_TIMEOUT);
            // a profile is readable by id at once, searchable after the next refresh
            ServiceProcess.Answer found = search.get("/v1/search?q=" + term);
            long searchDeadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (Effects.intField(found.body(), "total") < indexed.size() && System.nanoTime() < searchDeadline) {
                Effects.pause(Duration.ofMillis(300));
                found = search.get("/v1/search?q=" + term);
            }
            int total = Effects.intField(found.body(), "total");
            checks.add("a search for the run's term finds " + total + " profiles (status " + found.status() + ")");
            int deadLettered = reader.readAll("freelancers.dlq", r -> r.value() != null && r.value().contains(run))
                    .size();
            checks.add(deadLettered + " of the run's profiles dead-lettered");
            if (deadLettered > 0) {
                failures.add(deadLettered + " valid profiles went to the dead-letter topic while Elasticsearch was down");
            }
            int lost = (int) acknowledged.stream().filter(id -> !indexed.contains(id)).count();
            // A duplicate is one of the run's profiles listed twice; the hybrid total also counts the dense leg's
            // nearest profiles of other runs, so it is reported above, not counted here.
            java.util.Map<String, Integer> listed = new java.util.HashMap<>();
            for (int page = 1; page <= 2; page++) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"freelancerId\"\\s*:\\s*\"([^\"]+)\"")
                        .matcher(search.get("/v1/search?q=" + term + "&size=100&page=" + page).body());
                while (m.find()) {
                    if (ids.contains(m.group(1))) {
                        listed.merge(m.group(1), 1, Integer::sum);
                    }
                }
            }
            int duplicated = listed.values().stream().mapToInt(n -> n - 1).sum();
            checks.add(listed.size() + " of the run's profiles listed by the search, " + duplicated + " of them twice");
            return new FaultReport(name(), EVENTS, acknowledged.size(), indexed.size(), lost, duplicated,
                    Effects.secondsSince(start), checks, failures);
        } finally {
            node.close();
        }
    }

    private static String publish(TrackedProducer producer, String run, String term, int i) {
        String id = run + "-f-" + i;
        producer.send(id, SampleEvents.freelancerUpserted(SampleEvents.freelancer(id, term + " analyst", 40_000 + i,
                List.of(new SkillLevel("sql", 3, 2)))));
        return id;
    }

    /** The first answer to a search after the node died that is not a 200 (a search may still be in flight). */
    private static ServiceProcess.Answer awaitAnswerWhileDown(ServiceProcess search, String term) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        ServiceProcess.Answer answer;
        do {
            answer = search.get("/v1/search?q=" + term);
            if (answer.status() != 200) {
                return answer;
            }
            Effects.pause(Duration.ofMillis(200));
        } while (System.nanoTime() < deadline);
        return answer;
    }

    /** Polls each profile until all are readable from the index, or the time is up; returns those found. */
    private static Set<String> awaitIndexed(ServiceProcess search, List<String> ids, Duration timeout) {
        Set<String> found = new HashSet<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String id : ids) {
                if (!found.contains(id) && search.get("/v1/freelancers/" + id).status() == 200) {
                    found.add(id);
                }
            }
            if (found.size() == ids.size()) {
                break;
            }
            Effects.pause(Duration.ofMillis(500));
        }
        return found;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
