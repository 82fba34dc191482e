package ai.talent.faults;

import ai.talent.domain.event.Topics;
import ai.talent.service.testing.KafkaTestClient;
import ai.talent.service.testing.SampleEvents;
import ai.talent.service.testing.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * success-predictor's state folder fills up (or turns read-only) in the middle of a stream of awarded contracts.
 * success-predictor is the service that keeps the most on local disk: two Lucene catalogs (freelancers, projects),
 * Kafka Streams' RocksDB stores (outcomes, features, quality), the processed-id log (RocksDB) and its model registry;
 * and its intake has an effect outside itself (a {@code success.predicted} event per award). While the folder refuses
 * writes, readiness must be DOWN naming the folder and the error, a read must answer 200 or 503 with
 * {@code Retry-After} (never 500), and no award may be dead-lettered; once it takes writes again the service must be
 * ready by itself and every acknowledged award answered by exactly one prediction id, the keyed state counting each
 * once. The projects of the second half of the awards are posted while the folder refuses writes, so the projects
 * catalog (a Lucene index) writes into the full disk — Lucene closes its writer for good when a flush fails — and
 * those awards can only be answered once the catalog has reopened its index and applied them after the space returns.
 * How the folder is made to refuse writes depends on the machine ({@link StateFolderFault}).
 */
final class DiskFullScenario implements FaultScenario {

    static final int EVENTS = 100;
    private static final Duration HELD_FOR = Duration.ofSeconds(4);
    private static final Duration DOWN_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration EFFECT_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Override
    public String name() {
        return "disk-full";
    }

    @Override
    public String description() {
        return "fill success-predictor's state folder (a tmpfs; read-only where it cannot) mid-stream (" + EVENTS
                + " awarded contracts, half of their projects posted while it is full), free it: readiness DOWN with "
                + "the reason meanwhile, none dead-lettered, every award predicted once";
    }

    @Override
    public FaultReport run(FaultRig rig) {
        long start = System.nanoTime();
        List<String> checks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Path state = rig.folder("disk-full-success");
        StateFolderFault.Choice choice = StateFolderFault.prepare(state);
        if (choice.fault() == null) {
            throw new ScenarioSkipped(choice.unavailable());
        }
        try (StateFolderFault fault = choice.fault();
             TrackedProducer producer = new TrackedProducer(rig.bootstrap());
             KafkaTestClient reader = new KafkaTestClient(rig.bootstrap())) {
            checks.add("fault: " + fault.method().description() + " on " + state);
            String run = SampleEvents.newId("df");
            AwardStream awards = new AwardStream(run, producer, reader);
            awards.seed(EVENTS / 2);
            try (ServiceProcess success = rig.start("success-predictor", "disk-full", state, Map.of())) {
                success.awaitReady();
                // predictions earlier scenarios left on the shared broker: the keyed state reads the whole topic
                int earlier = Math.max(0, Effects.intField(success.get("/v1/predictions/quality").body(),
                        "predictions"));
                awards.award(0, EVENTS / 2);
                int before = awards.awaitPredictions(10, Duration.ofSeconds(60)).size();
                fault.inject();
                checks.add("state folder made to refuse writes with " + before + " of " + EVENTS / 2
                        + " predictions out");
                long injected = System.nanoTime();
                // new projects for the catalog to write into the full disk, then their awards
                awards.seedMore(EVENTS - EVENTS / 2);
                awards.award(EVENTS / 2, EVENTS);

                String down = awaitReadiness(success, false, DOWN_TIMEOUT);
                if (down == null) {
                    failures.add("readiness stayed UP for " + DOWN_TIMEOUT.toSeconds() + " s while the state folder "
                            + "refused writes");
                } else {
                    checks.add(String.format("readiness DOWN %.1f s after the fault: %s",
                            Effects.secondsSince(injected), stateFolderLine(down)));
                    if (!down.contains(state.toString()) || !down.contains(fault.expectedError())) {
                        failures.add("readiness does not name the folder and '" + fault.expectedError() + "': "
                                + down);
                    }
                }
                int heldAt = awards.awaitPredictions(0, Duration.ZERO).size();
                ServiceProcess.Answer read = success.get("/v1/predictions/quality");
                checks.add("a read while the folder refuses writes: " + read.status()
                        + (read.retryAfter() == null ? "" : " with Retry-After " + read.retryAfter()));
                if (read.status() != 200 && !(read.status() == 503 && read.retryAfter() != null)) {
                    failures.add("a read while the folder refused writes answered " + read.status() + ": "
                            + read.body());
                }
                Effects.pause(HELD_FOR);
                int heldAfter = awards.awaitPredictions(0, Duration.ZERO).size();
                checks.add("predictions out: " + heldAt + " when readiness went down, " + heldAfter + " "
                        + HELD_FOR.toSeconds() + " s later (the awards wait)");
                if (!logContains(success.log(), "Cannot write the state folder")) {
                    failures.add("no ERROR line naming the state folder in " + success.log());
                }

                fault.clear();
                long freed = System.nanoTime();
                String up = awaitReadiness(success, true, Duration.ofSeconds(30));
                if (up == null) {
                    failures.add("readiness not UP within 30 s after the folder took writes again");
                } else {
                    checks.add(String.format("readiness UP again %.1f s after the folder took writes, no restart",
                            Effects.secondsSince(freed)));
                }

                Set<String> acknowledged = awards.acknowledgedAwards();
                checks.add(logContains(success.log(), "reopened on its last commit")
                        ? "a catalog's Lucene writer closed by a failed flush was reopened on its last commit"
                        : "no catalog's Lucene writer was closed by the fault");
                AwardStream.Outcome outcome = awards.awaitOutcome(acknowledged, EFFECT_TIMEOUT);
                int deadLettered = reader.readAll(Topics.CONTRACTS + ".dlq",
                        r -> r.value() != null && r.value().contains(run)).size();
                checks.add(deadLettered + " of the run's awards dead-lettered");
                if (deadLettered > 0) {
                    failures.add(deadLettered + " valid awards went to the dead-letter topic while the state folder "
                            + "refused writes");
                }
                int expected = earlier + acknowledged.size();
                int inState = awaitQuality(success, expected);
                checks.add("keyed state holds " + (inState - earlier) + " new predictions for " + acknowledged.size()
                        + " awards");
                if (inState != expected) {
                    failures.add("the keyed state counts " + (inState - earlier) + " new predictions for "
                            + acknowledged.size() + " acknowledged awards");
                }
                return new FaultReport(name(), EVENTS, acknowledged.size(), outcome.processed(), outcome.lost(),
                        outcome.duplicated(), Effects.secondsSince(start), checks, failures);
            }
        }
    }

    /** The readiness body once it is UP ({@code up}) or DOWN, or null when the time is up. */
    private static String awaitReadiness(ServiceProcess service, boolean up, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(service.url()
                        + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if ((ready.statusCode() == 200) == up) {
                    return ready.body();
                }
            } catch (IOException e) {
                // a slow answer: ask again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            Effects.pause(Duration.ofMillis(200));
        }
        return null;
    }

    /** The readiness data's state-folder entry, for the report. */
    private static String stateFolderLine(String readiness) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"state folder\"\\s*:\\s*\"([^\"]*)\"")
                .matcher(readiness);
        return m.find() ? m.group(1) : readiness.replaceAll("\\s+", " ");
    }

    private static boolean logContains(Path log, String text) {
        try {
            return Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static int awaitQuality(ServiceProcess success, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int predictions = -1;
        while (System.nanoTime() < deadline) {
            predictions = Effects.intField(success.get("/v1/predictions/quality").body(), "predictions");
            if (predictions == expected) {
                break;
            }
            Effects.pause(Duration.ofMillis(300));
        }
        return predictions;
    }
}
