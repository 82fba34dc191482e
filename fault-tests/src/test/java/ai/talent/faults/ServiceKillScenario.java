package ai.talent.faults;

import ai.talent.service.testing.KafkaTestClient;
import ai.talent.service.testing.SampleEvents;
import ai.talent.service.testing.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Path state = rig.folder("service-kill-success");
        try (TrackedProducer producer = new TrackedProducer(rig.bootstrap());
             KafkaTestClient reader = new KafkaTestClient(rig.bootstrap())) {
            AwardStream awards = new AwardStream(SampleEvents.newId("sk"), producer, reader);
            awards.seed(EVENTS);
            ServiceProcess first = rig.start("success-predictor", "service-kill", state, Map.of());
            try {
                first.awaitReady();
                awards.award(0, EVENTS / 2);
                // kill it while it works through the awards: once some predictions are out, before all are
                int before = awards.awaitPredictions(10, Duration.ofSeconds(60)).size();
                first.kill();
                checks.add("success-predictor killed (SIGKILL) with " + before + " of " + EVENTS / 2
                        + " predictions out");
            } finally {
                first.close();
            }
            awards.award(EVENTS / 2, EVENTS);
            Set<String> acknowledged = awards.acknowledgedAwards();
            try (ServiceProcess second = rig.start("success-predictor", "service-kill", state, Map.of())) {
                Duration ready = second.awaitReady();
                checks.add(String.format("restarted from its state folder, ready after %.1f s",
                        ready.toMillis() / 1e3));
                AwardStream.Outcome outcome = awards.awaitOutcome(acknowledged, EFFECT_TIMEOUT);
                checks.add(outcome.redelivered() + " predictions written again with the same id after the crash (one "
                        + "effect downstream)");
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
                return new FaultReport(name(), EVENTS, acknowledged.size(), outcome.processed(), outcome.lost(),
                        outcome.duplicated(), Effects.secondsSince(start), checks, failures);
            }
        }
    }
}
