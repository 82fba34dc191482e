package ai.talent.load.suite;

import ai.talent.domain.event.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer lag on the services' input topics, from the broker: for every consumer group of a service (its
 * SmallRye intake, {@code <service>}, and its Kafka Streams application, {@code <service>-state}) the records of the
 * input topics after the group's committed offsets.
 */
public final class Lag implements AutoCloseable {

    /** The topics the four services consume. */
    public static final List<String> INPUT_TOPICS = List.of(Topics.FREELANCERS, Topics.PROJECTS, Topics.CONTRACTS,
            Topics.LEARNING_EVENTS);

    private final Admin admin;

    public Lag(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        this.admin = Admin.create(props);
    }

    /** Lag per service (groups named after it) and input topic: {@code service -> topic -> records}. */
    public Map<String, Map<String, Long>> byServiceAndTopic(List<String> services) {
        try {
            Set<TopicPartition> partitions = admin.describeTopics(INPUT_TOPICS).allTopicNames()
                    .get(10, TimeUnit.SECONDS).values().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .collect(Collectors.toSet());
            Map<TopicPartition, Long> end = new HashMap<>();
            admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get(10, TimeUnit.SECONDS).forEach((p, info) -> end.put(p, info.offset()));
            List<String> groups = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                    .map(ConsumerGroupListing::groupId).toList();
            Map<String, Map<String, Long>> lag = new HashMap<>();
            for (String service : services) {
                Map<String, Long> perTopic = new HashMap<>();
                for (String group : groups) {
                    if (!group.equals(service) && !group.startsWith(service + "-")) {
                        continue;
                    }
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                    Set<String> consumed = committed.keySet().stream().map(TopicPartition::topic)
                            .collect(Collectors.toSet());
                    for (TopicPartition p : partitions) {
                        if (!consumed.contains(p.topic())) {
                            continue; // this group does not read the topic
                        }
                        OffsetAndMetadata at = committed.get(p);
                        long behind = end.getOrDefault(p, 0L) - (at == null ? 0 : at.offset());
                        perTopic.merge(p.topic(), Math.max(0, behind), Long::sum);
                    }
                }
                lag.put(service, perTopic);
            }
            return lag;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read consumer lag from the broker: " + e.getMessage(), e);
        }
    }

    /** Total lag of the given services on the given topics. */
    public long total(List<String> services, List<String> topics) {
        return byServiceAndTopic(services).values().stream().flatMap(m -> m.entrySet().stream())
                .filter(e -> topics.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    /**
     * Polls until the total lag is 0 (or {@code timeout}), calling {@code sample} with the seconds elapsed and the
     * lag; returns the seconds it took, or -1 on timeout.
     */
    public double awaitDrained(List<String> services, List<String> topics, Duration timeout, Duration every,
                               java.util.function.ObjDoubleConsumer<Long> sample) {
        long start = System.nanoTime();
        while (true) {
            long lag = total(services, topics);
            double seconds = (System.nanoTime() - start) / 1e9;
            sample.accept(lag, seconds);
            if (lag == 0) {
                return seconds;
            }
            if (seconds > timeout.toSeconds()) {
                return -1;
            }
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
