package ai.talent.faults;

import ai.talent.domain.event.Topics;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.service.testing.KafkaTestClient;
import ai.talent.service.testing.SampleEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The success predictor's workload in the scenarios that stop its intake (service-kill, disk-full): one freelancer
 * and a project of its own per award, so every acknowledged award must be answered by exactly one prediction id for
 * its project on {@code success-predictions} (an award answered again with the same id is one effect: downstream
 * consumers take an id once).
 */
final class AwardStream {

    private final String run;
    private final String freelancer;
    private final TrackedProducer producer;
    private final KafkaTestClient reader;
    private final List<String> projects = new ArrayList<>();

    /** What the output topic shows for the run's awards. */
    record Outcome(int processed, int lost, int duplicated, int redelivered) {
    }

    AwardStream(String run, TrackedProducer producer, KafkaTestClient reader) {
        this.run = run;
        this.freelancer = run + "-f";
        this.producer = producer;
        this.reader = reader;
    }

    /** Publishes the freelancer and {@code count} projects that need their skill, acknowledged before it returns. */
    void seed(int count) {
        producer.send(freelancer, SampleEvents.freelancerUpserted(SampleEvents.freelancer(freelancer,
                "Java developer", 45_000, List.of(new SkillLevel("java", 4, 6)))));
        seedMore(count);
    }

    /** Publishes {@code count} more projects after those seeded so far, acknowledged before it returns. */
    void seedMore(int count) {
        for (int i = projects.size(), end = projects.size() + count; i < end; i++) {
            String project = run + "-p-" + i;
            projects.add(project);
            producer.send("project " + project, SampleEvents.projectPosted(SampleEvents.project(project, 50_000,
                    List.of(new SkillRequirement("java", 3)))));
        }
        producer.flush();
    }

    /** Awards the seeded projects {@code from} (inclusive) to {@code to} (exclusive) to the freelancer. */
    void award(int from, int to) {
        for (int i = from; i < to; i++) {
            String project = projects.get(i);
            producer.send("award " + project, SampleEvents.contractAwarded(project, freelancer, 45_000));
        }
        producer.flush();
    }

    /** The awards the broker acknowledged (by the producer's record ids). */
    Set<String> acknowledgedAwards() {
        Set<String> acknowledged = new HashSet<>(producer.acknowledged());
        acknowledged.removeIf(id -> !id.startsWith("award "));
        return acknowledged;
    }

    /** The predictions for this run's projects on the output topic, once there are at least {@code atLeast}. */
    List<ConsumerRecord<String, String>> awaitPredictions(int atLeast, Duration timeout) {
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

    /**
     * Reads the output until every acknowledged award has a prediction or {@code timeout} passes, then once more a
     * second later (a late second id for a project is a duplicate), and counts per seeded project.
     */
    Outcome awaitOutcome(Set<String> acknowledged, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (predictionIds(awaitPredictions(0, Duration.ZERO)).size() < acknowledged.size()
                && System.nanoTime() < deadline) {
            Effects.pause(Duration.ofMillis(500));
        }
        Effects.pause(Duration.ofSeconds(1));
        List<ConsumerRecord<String, String>> records = awaitPredictions(0, Duration.ZERO);
        Map<String, Set<String>> ids = predictionIds(records);
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
        return new Outcome(processed, lost, duplicated, redelivered);
    }

    private static Map<String, Set<String>> predictionIds(List<ConsumerRecord<String, String>> records) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            ids.computeIfAbsent(Effects.textField(r.value(), "projectId"), k -> new HashSet<>())
                    .add(Effects.textField(r.value(), "eventId"));
        }
        return ids;
    }
}
