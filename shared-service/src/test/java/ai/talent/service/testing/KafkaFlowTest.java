package ai.talent.service.testing;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every service's end-to-end event test starts from: a ready service (catalogs caught up, keyed state
 * running), a client of the broker the service under test uses (opened per test), the service's meter registry,
 * and one time limit for what must arrive.
 */
public abstract class KafkaFlowTest {

    protected static final Duration TIMEOUT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    protected String bootstrapServers;

    @Inject
    protected MeterRegistry registry;

    protected KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        Readiness.await();
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }
}
