package ai.talent.faults;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.service.testing.SampleEvents;
import ai.talent.service.testing.ServiceProcess;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * success-predictor trains two versions of its model online (a small labelled market each time) and an operator
 * promotes both; then a byte in the middle of the promoted version's weights is flipped on disk. The running service
 * keeps serving what it loaded; restarted, it must refuse the corrupted version (its SHA-256 no longer matches the
 * manifest) and serve the version promoted before it, not fall back to the untrained baseline. The awards are
 * counted through the keyed state's prediction count: one prediction per acknowledged award.
 */
final class CorruptModelScenario implements FaultScenario {

    static final int CONTRACTS_PER_MARKET = 48;
    private static final Duration TRAIN_TIMEOUT = Duration.ofSeconds(150);
    private static final Map<String, String> FAST_LEARNING = Map.of(
            "success.learning.retrain-after", "40",
            "success.learning.trials", "0",
            "success.learning.members", "2",
            "success.learning.max-epochs", "8",
            "success.learning.check-interval", "1s");

    @Override
    public String name() {
        return "corrupt-model";
    }

    @Override
    public String description() {
        return "success-predictor trains and promotes v1 and v2, a byte of v2's weights is flipped on disk, the "
                + "service restarts: v2 refused, v1 serves (not the baseline), every award predicted once";
    }

    @Override
    public FaultReport run(FaultRig rig) {
        long start = System.nanoTime();
        List<String> checks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        String run = SampleEvents.newId("cm");
        Path state = rig.folder("corrupt-model-success");
        try (TrackedProducer producer = new TrackedProducer(rig.bootstrap())) {
            String first;
            String second;
            String probe;
            int earlier;
            try (ServiceProcess success = rig.start("success-predictor", "corrupt-model", state, FAST_LEARNING)) {
                success.awaitReady();
                // predictions earlier scenarios left on the shared broker: the keyed state reads the whole topic
                earlier = Math.max(0, Effects.intField(success.get("/v1/predictions/quality").body(), "predictions"));
                probe = market(producer, run + "-a");
                first = awaitVersion(success, 1);
                promote(success, first);
                market(producer, run + "-b");
                second = awaitVersion(success, 2);
                promote(success, second);
                checks.add("trained and promoted " + first + " then " + second);

                Path corrupted = corruptLargestFile(state.resolve("models"), second);
                checks.add("flipped a byte of " + state.relativize(corrupted));
                String servedRunning = Effects.textField(success.post("/v1/predictions", probe).body(),
                        "modelVersion");
                checks.add("the running service keeps serving what it loaded: " + servedRunning);
                if (!second.equals(servedRunning)) {
                    failures.add("the running service answered with " + servedRunning + ", not " + second);
                }
            }
            try (ServiceProcess success = rig.start("success-predictor", "corrupt-model", state, FAST_LEARNING)) {
                success.awaitReady();
                String served = Effects.textField(success.get("/v1/models").body(), "serving");
                String answered = Effects.textField(success.post("/v1/predictions", probe).body(), "modelVersion");
                checks.add("restarted: serves " + served + ", a prediction says " + answered);
                if (!first.equals(served) || !first.equals(answered)) {
                    failures.add("after the restart the service serves " + served + " (a prediction says " + answered
                            + "), not " + first + ", the version promoted before the corrupted " + second);
                }
                boolean refusedInLog = Files.readString(success.log()).contains("refused");
                checks.add("the refusal is in the log: " + refusedInLog);
                if (!refusedInLog) {
                    failures.add("the log does not say that " + second + " was refused");
                }
                int acknowledged = (int) producer.acknowledged().stream().filter(id -> id.startsWith("award ")).count();
                int predictions = awaitPredictions(success, earlier + acknowledged) - earlier;
                return new FaultReport(name(), 2 * CONTRACTS_PER_MARKET, acknowledged, Math.min(predictions,
                        acknowledged), Math.max(0, acknowledged - predictions), Math.max(0, predictions - acknowledged),
                        Effects.secondsSince(start), checks, failures);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A market a model can learn (senior Java developers complete on time, photographers' contracts are cancelled),
     * each award completed; returns a prediction request for a Java developer.
     */
    private static String market(TrackedProducer producer, String prefix) {
        List<String> strong = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            strong.add(prefix + "-fs-" + i);
            producer.send(strong.getLast(), SampleEvents.freelancerUpserted(SampleEvents.freelancer(strong.getLast(),
                    "Senior Java backend developer", 45_000, List.of(new SkillLevel("java", 5, 8)))));
            weak.add(prefix + "-fw-" + i);
            producer.send(weak.getLast(), SampleEvents.freelancerUpserted(SampleEvents.freelancer(weak.getLast(),
                    "Wedding photographer", 45_000, List.of(new SkillLevel("photography", 2, 1)))));
        }
        for (int i = 0; i < 6; i++) {
            projects.add(prefix + "-p-" + i);
            producer.send(projects.getLast(), SampleEvents.projectPosted(SampleEvents.project(projects.getLast(),
                    50_000, List.of(new SkillRequirement("java", 3)))));
        }
        producer.flush();
        for (int i = 0; i < CONTRACTS_PER_MARKET; i++) {
            boolean good = i % 2 == 0;
            String f = (good ? strong : weak).get((i / 2) % strong.size());
            String p = projects.get(i % projects.size());
            ContractAwarded awarded = SampleEvents.contractAwarded(p, f, 45_000);
            producer.send("award " + awarded.contract().id(), awarded);
            producer.send("completed " + awarded.contract().id(), SampleEvents.contractCompleted(
                    awarded.contract().id(), p, f, good ? ContractOutcome.COMPLETED_ON_TIME : ContractOutcome.CANCELLED,
                    good ? 5 : 1));
        }
        producer.flush();
        return "{\"projectId\":\"" + projects.getFirst() + "\",\"freelancerId\":\"" + strong.getFirst()
                + "\",\"agreedRateKrw\":45000}";
    }

    /** Waits until the service lists {@code count} trained versions; returns the newest. */
    private static String awaitVersion(ServiceProcess success, int count) {
        long deadline = System.nanoTime() + TRAIN_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> versions = new ArrayList<>();
            Matcher m = Pattern.compile("\"version\":\"(v\\d+)\"").matcher(success.get("/v1/models").body());
            while (m.find()) {
                versions.add(m.group(1));
            }
            if (versions.size() >= count) {
                return versions.stream().max(Comparator.comparingInt(v -> Integer.parseInt(v.substring(1))))
                        .orElseThrow();
            }
            Effects.pause(Duration.ofMillis(500));
        }
        throw new AssertionError("success-predictor trained no version " + count + " within " + TRAIN_TIMEOUT
                + ": " + success.get("/v1/models").body());
    }

    private static void promote(ServiceProcess success, String version) {
        ServiceProcess.Answer answer = success.post("/v1/models/" + version + "/promote", "");
        if (answer.status() != 200) {
            throw new AssertionError("promoting " + version + " answered " + answer.status() + ": " + answer.body());
        }
    }

    /** Flips one byte in the middle of the largest file of {@code version} under the registry. */
    private static Path corruptLargestFile(Path registry, String version) throws IOException {
        Path file;
        try (Stream<Path> files = Files.walk(registry)) {
            file = files.filter(Files::isRegularFile).filter(p -> p.getParent().getFileName().toString()
                    .equals(version)).max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow(() ->
                    new AssertionError("no files of " + version + " under " + registry));
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long at = raf.length() / 2;
            raf.seek(at);
            int b = raf.read();
            raf.seek(at);
            raf.write(b ^ 0xFF);
        }
        return file;
    }

    /** The keyed state's prediction count once it reaches {@code expected}, or after 30 s. */
    private static int awaitPredictions(ServiceProcess success, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int predictions = -1;
        while (System.nanoTime() < deadline) {
            predictions = Effects.intField(success.get("/v1/predictions/quality").body(), "predictions");
            if (predictions >= expected) {
                break;
            }
            Effects.pause(Duration.ofMillis(300));
        }
        return predictions;
    }
}
