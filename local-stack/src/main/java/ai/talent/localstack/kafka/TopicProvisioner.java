package ai.talent.localstack.kafka;

import ai.talent.domain.event.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates the suite's topics ({@link Topics#ALL} and their dead-letter topics) on a broker when they are
 * missing, and waits until every partition has a leader so that the first producer or consumer does not
 * stall on an unknown topic.
 */
public final class TopicProvisioner {

    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);

    private TopicProvisioner() {
    }

    /** The topics to create: compacted sources keep the latest state per key; dead letters keep every record. */
    public static List<NewTopic> suiteTopics(int sourcePartitions, int deadLetterPartitions) {
        List<NewTopic> topics = new ArrayList<>();
        for (Topics.Topic topic : Topics.ALL) {
            String policy = topic.compacted() ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE;
            topics.add(new NewTopic(topic.name(), sourcePartitions, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, policy)));
            topics.add(new NewTopic(topic.deadLetter(), deadLetterPartitions, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)));
        }
        return topics;
    }

    /** Connects to {@code bootstrapServers} and ensures the suite's topics exist there. */
    public static void ensureTopics(String bootstrapServers, int sourcePartitions, int deadLetterPartitions,
                                    Duration timeout) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 10_000)))) {
            ensureTopics(admin, suiteTopics(sourcePartitions, deadLetterPartitions), timeout);
        }
    }

    /** Creates whichever of {@code topics} are missing (existing ones are left as they are) and waits for leaders. */
    public static void ensureTopics(Admin admin, List<NewTopic> topics, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            Set<String> existing = admin.listTopics().names().get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(missing).values().entrySet()) {
                    try {
                        created.getValue().get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw new IllegalStateException("cannot create topic " + created.getKey() + ": "
                                    + e.getCause().getMessage(), e.getCause());
                        }
                    }
                }
            }
            awaitLeaders(admin, topics.stream().map(NewTopic::name).toList(), deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create the suite's topics within " + timeout
                    + " (is the broker reachable?): " + e, e);
        }
    }

    private static void awaitLeaders(Admin admin, List<String> names, long deadline)
            throws InterruptedException, TimeoutException {
        String lastProblem = "";
        while (System.nanoTime() < deadline) {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames()
                        .get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
                List<String> leaderless = described.values().stream()
                        .filter(d -> d.partitions().stream().map(TopicPartitionInfo::leader)
                                .anyMatch(leader -> leader == null || leader.isEmpty()))
                        .map(TopicDescription::name).toList();
                if (leaderless.isEmpty() && described.keySet().containsAll(names)) {
                    return;
                }
                lastProblem = "partitions without a leader in " + leaderless;
            } catch (ExecutionException e) {
                lastProblem = String.valueOf(e.getCause());
            }
            Thread.sleep(RETRY_PAUSE.toMillis());
        }
        throw new TimeoutException("topics not ready: " + lastProblem);
    }

    private static long remainingMillis(long deadline) throws TimeoutException {
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (remaining <= 0) {
            throw new TimeoutException("deadline passed");
        }
        return remaining;
    }
}
