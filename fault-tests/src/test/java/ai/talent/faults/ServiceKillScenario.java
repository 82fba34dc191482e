package ai.talent.faults;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.service.testing.KafkaTestClient;
import ai.talent.service.testing.SampleEvents;
import ai.talent.service.testing.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The success predictor is killed with SIGKILL while it answers a stream of awarded contracts (consumer-group intake:
 * predict, write {@code success.predicted}, remember the event id, commit the offset), more awards arrive while it
 * is down, and it starts again from its state folder. Each award is for a project of its own, so every acknowledged
 * award must be answered by exactly one prediction id for its project on {@code success-predictions} (a redelivered
 * award answered again with the same id is one effect: downstream consumers take an id once), and the keyed state's
 * prediction count ({@code /v1/predictions/quality}) must equal the awards.
 */
final class ServiceKillScenario implements FaultScenario {

    static final int EVENTS = 200;
    private static final Duration EFFECT_TIMEOUT = Duration.ofSeconds(120);

    @Override
    public String name() {
        return "service-kill";
    }

    @Override
    public String description() {
        return "kill -9 success-predictor mid-stream (" + EVENTS + " awarded contracts), send more while it is down, "
                + "restart it from its state folder: one prediction per award, none lost";
    }

    @Override
    public FaultReport run(FaultRig rig) {
        long start = System.nanoTime();
        List<String> checks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        String run = SampleEvents.newId("sk");
        String freelancer = run + "-f";
        List<String> projects = new ArrayList<>();
        Path state = rig.folder("service-kill-success");
        try (TrackedProducer producer = new TrackedProducer(rig.bootstrap());
             KafkaTestClient reader = new KafkaTestClient(rig.bootstrap())) {
            producer.send(freelancer, SampleEvents.freelancerUpserted(SampleEvents.freelancer(freelancer,
                    "Java developer", 45_000, List.of(new SkillLevel("java", 4, 6)))));
            for (int i = 0; i < EVENTS; i++) {
                String project = run + "-p-" + i;
                projects.add(project);
                producer.send("project " + project, SampleEvents.projectPosted(SampleEvents.project(project, 50_000,
                        List.of(new SkillRequirement("java", 3)))));
            }
            producer.flush();
            ServiceProcess first = rig.start("success-predictor", "service-kill", state, Map.of());
            try {
                first.awaitReady();
                for (int i = 0; i < EVENTS / 2; i++) {
                    award(producer, projects.get(i), freelancer);
                }
                producer.flush();
                // kill it while it works through the awards: once some predictions are out, before all are
                int before = awaitPredictions(reader, run, 10, Duration.ofSeconds(60)).size();
                first.kill();
                checks.add("success-predictor killed (SIGKILL) with " + before + " of " + EVENTS / 2
                        + " predictions out");
            } finally {
                first.close();
            }
            for (int i = EVENTS / 2; i < EVENTS; i++) {
                award(producer, projects.get(i), freelancer);
            }
            producer.flush();
            Set<String> acknowledged = new HashSet<>(producer.acknowledged());
            acknowledged.removeIf(id -> !id.startsWith("award "));
            try (ServiceProcess second = rig.start("success-predictor", "service-kill", state, Map.of())) {
                Duration ready = second.awaitReady();
                checks.add(String.format("restarted from its state folder, ready after %.1f s",
                        ready.toMillis() / 1e3));
                Map<String, Set<String>> ids = new HashMap<>();
                long deadline = System.nanoTime() + EFFECT_TIMEOUT.toNanos();
                List<ConsumerRecord<String, String>> records = List.of();
                while (System.nanoTime() < deadline) {
                    records = awaitPredictions(reader, run, 0, Duration.ZERO);
                    ids.clear();
                    for (ConsumerRecord<String, String> r : records) {
                        ids.computeIfAbsent(Effects.textField(r.value(), "projectId"), k -> new HashSet<>())
                                .add(Effects.textField(r.value(), "eventId"));
                    }
                    if (ids.size() >= acknowledged.size()) {
                        break;
                    }
                    Effects.pause(Duration.ofMillis(500));
                }
                Effects.pause(Duration.ofSeconds(1));
                int processed = 0;
                int lost = 0;
                int duplicated = 0;
                for (String project : projects) {
                    Set<String> answers = ids.getOrDefault(project, Set.of());
                    processed += answers.isEmpty() ? 0 : 1;
                    duplicated += answers.size() > 1 ? 1 : 0;
                    lost += answers.isEmpty() && acknowledged.contains("award " + project) ? 1 : 0;
                }
                int redelivered = records.size() - ids.values().stream().mapToInt(Set::size).sum();
                checks.add(redelivered + " predictions written again with the same id after the crash (one effect "
                        + "downstream)");
                ServiceProcess.Answer quality = second.get("/v1/predictions/quality");
                long stateDeadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
                while (Effects.intField(quality.body(), "predictions") != acknowledged.size()
                        && System.nanoTime() < stateDeadline) {
                    Effects.pause(Duration.ofMillis(300));
                    quality = second.get("/v1/predictions/quality");
                }
                int inState = Effects.intField(quality.body(), "predictions");
                checks.add("keyed state holds " + inState + " predictions for " + acknowledged.size() + " awards");
                if (inState != acknowledged.size()) {
                    failures.add("the keyed state counts " + inState + " predictions for " + acknowledged.size()
                            + " acknowledged awards: " + quality);
                }
                return new FaultReport(name(), EVENTS, acknowledged.size(), processed, lost, duplicated,
                        Effects.secondsSince(start), checks, failures);
            }
        }
    }

    private static void award(TrackedProducer producer, String project, String freelancer) {
        ContractAwarded awarded = SampleEvents.contractAwarded(project, freelancer, 45_000);
        producer.send("award " + project, awarded);
    }

    /** The predictions for this run's projects on the output topic, once there are at least {@code atLeast}. */
    private static List<ConsumerRecord<String, String>> awaitPredictions(KafkaTestClient reader, String run,
                                                                          int atLeast, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ConsumerRecord<String, String>> found = reader.readAll(Topics.SUCCESS_PREDICTIONS,
                    r -> r.value() != null && r.value().contains("\"projectId\":\"" + run + "-p-"));
            if (found.size() >= atLeast || System.nanoTime() >= deadline) {
                return found;
            }
            Effects.pause(Duration.ofMillis(100));
        }
    }
}
