package ai.talent.localstack.kafka;

import ai.talent.domain.event.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedKafkaTests {

    private static EmbeddedKafka kafka;
    private static Admin admin;

    @BeforeAll
    static void startBroker() {
        long started = System.nanoTime();
        kafka = EmbeddedKafka.start();
        System.out.printf("embedded Kafka ready in %.1f s at %s%n", (System.nanoTime() - started) / 1e9,
                kafka.bootstrapServers());
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    @AfterAll
    static void stopBroker() {
        admin.close();
        Path dataDir = kafka.dataDir();
        kafka.close();
        assertThat(dataDir).as("temporary data folder is deleted on close").doesNotExist();
    }

    @Test
    void createsEverySuiteTopicAndItsDeadLetterTopic() throws Exception {
        Map<String, TopicDescription> topics = admin.describeTopics(Topics.allNamesWithDeadLetters())
                .allTopicNames().get();

        for (Topics.Topic topic : Topics.ALL) {
            assertThat(topics.get(topic.name()).partitions()).hasSize(KafkaBrokerSettings.DEFAULT_SOURCE_PARTITIONS);
            assertThat(topics.get(topic.deadLetter()).partitions())
                    .hasSize(KafkaBrokerSettings.DEFAULT_DEAD_LETTER_PARTITIONS);
        }
    }

    @Test
    void compactsOnlyTheEntityTopics() throws Exception {
        List<ConfigResource> resources = Topics.allNamesWithDeadLetters().stream()
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
        Map<String, String> policies = admin.describeConfigs(resources).all().get().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().name(),
                        e -> e.getValue().get(TopicConfig.CLEANUP_POLICY_CONFIG).value()));

        Map<String, Boolean> compacted = Topics.ALL.stream()
                .collect(Collectors.toMap(Topics.Topic::name, Topics.Topic::compacted));
        assertThat(compacted).containsEntry(Topics.FREELANCERS, true).containsEntry(Topics.CONTRACTS, false);
        for (Topics.Topic topic : Topics.ALL) {
            assertThat(policies.get(topic.name())).as(topic.name())
                    .isEqualTo(topic.compacted() ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE);
            assertThat(policies.get(topic.deadLetter())).as(topic.deadLetter())
                    .isEqualTo(TopicConfig.CLEANUP_POLICY_DELETE);
        }
    }

    @Test
    void deliversProducedRecordsToAConsumerGroupInKeyOrder() throws Exception {
        String key = "freelancer-" + UUID.randomUUID();
        List<String> sent = List.of("{\"v\":1}", "{\"v\":2}", "{\"v\":3}");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (String value : sent) {
                ProducerRecord<String, String> record = new ProducerRecord<>(Topics.FREELANCERS, key, value);
                record.headers().add("ce_type", "freelancer.upserted".getBytes(StandardCharsets.UTF_8));
                producer.send(record).get();
            }
        }

        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "round-trip-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(Topics.FREELANCERS));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.size() < sent.size() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.key().equals(key)) {
                        received.add(r);
                    }
                });
            }
        }

        assertThat(received).extracting(ConsumerRecord::value).containsExactlyElementsOf(sent);
        assertThat(received).extracting(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .containsOnly("freelancer.upserted");
    }
}
