package ai.talent.localstack.kafka;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaBrokerMainTests {

    @Test
    void keepsDataAndPutsTheControllerNextToTheClientPortByDefault() {
        KafkaBrokerSettings settings = KafkaBrokerMain.parse(new String[] {"--port", "19092", "--data-dir", "data/kafka"});

        assertThat(settings.port()).isEqualTo(19092);
        assertThat(settings.controllerPort()).isEqualTo(19093);
        assertThat(settings.dataDir()).isEqualTo(Path.of("data/kafka"));
        assertThat(settings.deleteDataOnClose()).isFalse();
        assertThat(settings.sourcePartitions()).isEqualTo(KafkaBrokerSettings.DEFAULT_SOURCE_PARTITIONS);
    }

    @Test
    void acceptsAnExplicitControllerPortHostAndPartitions() {
        KafkaBrokerSettings settings = KafkaBrokerMain.parse(new String[] {"--data-dir", "d", "--controller-port", "29093",
                "--host", "0.0.0.0", "--partitions", "6", "--dead-letter-partitions", "2"});

        assertThat(settings.port()).isEqualTo(KafkaBrokerSettings.DEFAULT_PORT);
        assertThat(settings.controllerPort()).isEqualTo(29093);
        assertThat(settings.host()).isEqualTo("0.0.0.0");
        assertThat(settings.sourcePartitions()).isEqualTo(6);
        assertThat(settings.deadLetterPartitions()).isEqualTo(2);
    }

    @Test
    void requiresADataFolder() {
        assertThatThrownBy(() -> KafkaBrokerMain.parse(new String[] {"--port", "9092"}))
                .hasMessageContaining("--data-dir");
    }

    @Test
    void rejectsBadPortsWithTheOptionName() {
        assertThatThrownBy(() -> KafkaBrokerMain.parse(new String[] {"--data-dir", "d", "--port", "nine"}))
                .hasMessageContaining("--port").hasMessageContaining("nine");
        assertThatThrownBy(() -> KafkaBrokerMain.parse(new String[] {"--data-dir", "d", "--port", "70000"}))
                .hasMessageContaining("1-65535");
        assertThatThrownBy(() -> KafkaBrokerMain.parse(new String[] {"--data-dir", "d", "--port", "9092",
                "--controller-port", "9092"})).hasMessageContaining("must differ");
    }

    @Test
    void treatsHelpAsNoSettings() {
        assertThat(KafkaBrokerMain.parse(new String[] {"--help"})).isNull();
    }
}
