package ai.talent.localstack.kafka;

import ai.talent.domain.event.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaTestResourceTests {

    @Test
    void sharesOneBrokerBetweenTestClassesAndKeepsItAcrossStop() throws Exception {
        KafkaTestResource first = new KafkaTestResource();
        Map<String, String> firstConfig = first.start();
        first.stop();
        Map<String, String> secondConfig = new KafkaTestResource().start();

        assertThat(firstConfig).containsOnlyKeys(KafkaTestResource.BOOTSTRAP_PROPERTY);
        assertThat(secondConfig).isEqualTo(firstConfig);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                firstConfig.get(KafkaTestResource.BOOTSTRAP_PROPERTY)))) {
            assertThat(admin.listTopics().names().get()).containsAll(Topics.allNamesWithDeadLetters());
        }
    }
}
