package ai.talent.localstack.kafka;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedKafkaFailureTests {

    @Test
    void namesTheBusyPortWhenTheRequestedPortIsTaken(@TempDir Path dataDir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(KafkaBrokerSettings.DEFAULT_HOST))) {
            KafkaBrokerSettings settings = KafkaBrokerSettings.persistent(taken.getLocalPort(), 0, dataDir);

            assertThatThrownBy(() -> EmbeddedKafka.start(settings))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(KafkaBrokerSettings.DEFAULT_HOST + ":" + taken.getLocalPort());
        }
    }
}
