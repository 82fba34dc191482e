package ai.talent.faults;

import ai.talent.service.testing.SampleEvents;
import ai.talent.service.testing.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The broker is killed with SIGKILL in the middle of a stream of learning attempts and started again on the same
 * port and data folder while the producer keeps sending. Every attempt the broker acknowledged must show exactly
 * once in tutoring's keyed state (Kafka Streams, {@code exactly_once_v2}): one learner per attempt, so a learner's
 * {@code attempts} is 0 (lost), 1 (processed once) or more (duplicated).
 */
final class BrokerKillScenario implements FaultScenario {

    static final int EVENTS = 300;
    private static final Duration SEND_PAUSE = Duration.ofMillis(10);
    private static final Duration EFFECT_TIMEOUT = Duration.ofSeconds(120);

    @Override
    public String name() {
        return "broker-kill";
    }

    @Override
    public String description() {
        return "kill -9 the Kafka broker mid-stream (" + EVENTS + " learning attempts into tutoring-service) and "
                + "restart it on the same port and data: every acknowledged attempt counted once per learner";
    }

    @Override
    public FaultReport run(FaultRig rig) {
        long start = System.nanoTime();
        List<String> checks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        String run = SampleEvents.newId("bk");
        Path state = rig.folder("broker-kill-tutoring");
        try (ServiceProcess tutoring = rig.start("tutoring-service", "broker-kill", state, Map.of());
             TrackedProducer producer = new TrackedProducer(rig.bootstrap())) {
            tutoring.awaitReady();
            CompletableFuture<Duration> restarted = null;
            List<String> learners = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                if (i == EVENTS / 2) {
                    // mid-stream: some attempts are acknowledged, some in flight, the rest not sent yet
                    int acked = producer.acknowledged().size();
                    rig.broker().kill();
                    checks.add("broker killed (SIGKILL) after " + i + " attempts sent, " + acked + " acknowledged");
                    restarted = CompletableFuture.supplyAsync(() -> {
                        Effects.pause(Duration.ofSeconds(1));
                        return rig.broker().restart();
                    });
                }
                String learner = run + "-l-" + i;
                learners.add(learner);
                producer.send(learner, SampleEvents.attempt(learner, run + "-sql-" + (i % 7), List.of("sql"),
                        i % 3 != 0));
                Effects.pause(SEND_PAUSE);
            }
            Duration brokerBack = restarted.join();
            checks.add(String.format("broker back on the same port and data after %.1f s", brokerBack.toMillis() / 1e3));
            producer.flush();
            Set<String> acknowledged = producer.acknowledged();
            if (producer.failed() > 0) {
                checks.add(producer.failed() + " sends failed at the producer (not acknowledged, not counted)");
            }
            Map<String, Integer> attempts = awaitAttempts(tutoring, acknowledged);
            Duration ready = tutoring.awaitReady();
            checks.add("tutoring-service ready again (it kept running through the broker's crash)");
            int processed = 0;
            int lost = 0;
            int duplicated = 0;
            for (String learner : learners) {
                int n = attempts.containsKey(learner) ? attempts.get(learner)
                        : Math.max(0, readAttempts(tutoring, learner));
                if (n >= 1) {
                    processed++;
                }
                if (n > 1) {
                    duplicated++;
                }
                if (n < 1 && acknowledged.contains(learner)) {
                    lost++;
                }
            }
            return new FaultReport(name(), producer.sent(), acknowledged.size(), processed, lost, duplicated,
                    Effects.secondsSince(start), checks, failures);
        }
    }

    /** Polls each acknowledged learner's attempts until all show at least one, or the time is up. */
    private static Map<String, Integer> awaitAttempts(ServiceProcess tutoring, Set<String> learners) {
        Map<String, Integer> seen = new HashMap<>();
        long deadline = System.nanoTime() + EFFECT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (String learner : learners) {
                if (seen.getOrDefault(learner, 0) < 1) {
                    seen.put(learner, Math.max(0, readAttempts(tutoring, learner)));
                }
            }
            if (learners.stream().allMatch(l -> seen.get(l) >= 1)) {
                // one more pass after a pause: a duplicate may land after the first copy
                Effects.pause(Duration.ofSeconds(2));
                for (String learner : learners) {
                    int n = readAttempts(tutoring, learner);
                    if (n >= 0) {
                        seen.put(learner, n);
                    }
                }
                return seen;
            }
            Effects.pause(Duration.ofMillis(500));
        }
        return seen;
    }

    /** The learner's attempts in tutoring's state; -1 while it cannot answer (keyed state rebalancing). */
    private static int readAttempts(ServiceProcess tutoring, String learner) {
        ServiceProcess.Answer answer = tutoring.get("/v1/learners/" + learner + "/mastery");
        return answer.status() == 200 ? Effects.intField(answer.body(), "attempts") : -1;
    }
}
