package ai.talent.search.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.search.index.CatalogIndex;
import ai.talent.search.index.ContractProfiles;
import ai.talent.search.index.lucene.LuceneBackend;
import ai.talent.search.index.lucene.LuceneSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart resumes from the index's checkpoint instead of re-indexing: what was committed is still there with
 * its offsets, replaying records already applied changes nothing, and a consumer assigned the partition is
 * positioned right after the last committed record (on a real broker).
 */
class RestartResumesTests {

    @TempDir
    Path dir;

    @Test
    void aRestartedIndexKeepsItsProfilesAndResumesAfterItsCheckpoint() throws Exception {
        String topic = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        var profiles = ContractProfiles.all();
        try (LuceneBackend backend = open()) {
            CatalogIndex index = new CatalogIndex(backend, null);
            for (int offset = 0; offset < profiles.size(); offset++) {
                index.upsert(profiles.get(offset), topic, 0, offset);
            }
            index.commit();
            // records after the last commit are not in the checkpoint: a crash here replays them
            index.upsert(profiles.get(0), topic, 0, profiles.size());
        }

        try (LuceneBackend reopened = open()) {
            CatalogIndex index = new CatalogIndex(reopened, null);
            assertThat(reopened.count()).isEqualTo(profiles.size());
            assertThat(index.committed().next(topic, 0)).isEqualTo(profiles.size());

            index.upsert(profiles.get(0), topic, 0, profiles.size());
            index.upsert(profiles.get(1), topic, 0, 1);
            index.commit();
            assertThat(reopened.count()).as("replayed records change nothing").isEqualTo(profiles.size());
            assertThat(index.committed().next(topic, 0)).isEqualTo(profiles.size() + 1);

            String bootstrap = KafkaTestResource.bootstrapServers();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                    new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < profiles.size() + 5; i++) {
                    producer.send(new ProducerRecord<>(topic, "k" + i, "v" + i)).get();
                }
            }
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            props.put(ConsumerConfig.GROUP_ID_CONFIG, "restart-test-" + UUID.randomUUID());
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                    new StringDeserializer())) {
                TopicPartition partition = new TopicPartition(topic, 0);
                consumer.assign(Set.of(partition));
                new CatalogRebalanceListener(index).onPartitionsAssigned(consumer, Set.of(partition));
                assertThat(consumer.position(partition)).isEqualTo(profiles.size() + 1);
                var first = consumer.poll(Duration.ofSeconds(10)).records(partition).get(0);
                assertThat(first.offset()).isEqualTo(profiles.size() + 1);
            }
        }
    }

    private LuceneBackend open() {
        return new LuceneBackend(dir.resolve("index"), 384, SkillTaxonomy.standard(), LuceneSettings.defaults());
    }
}
