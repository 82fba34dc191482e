package ai.talent.localstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerProcessTests {

    @TempDir
    Path dir;

    @Test
    void servesClientsInItsOwnJvmAndLeavesNoProcessWhenClosed() throws Exception {
        long pid;
        try (BrokerProcess broker = BrokerProcess.start(dir.resolve("kafka"), dir.resolve("logs/kafka.log"));
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            pid = broker.pid();
            assertThat(pid).isNotEqualTo(ProcessHandle.current().pid());
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
        }
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(Files.readString(dir.resolve("logs/kafka.log"))).contains(KafkaBrokerMain.READY_PREFIX);
    }

    @Test
    void aBrokerThatCannotStartLeavesNoProcessBehindAndNamesItsLog() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data-is-a-file"), "x");
        Path log = dir.resolve("kafka.log");

        assertThatThrownBy(() -> BrokerProcess.start(notAFolder, log, List.of("-Xmx128m")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(log.toString());
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(KafkaBrokerMain.class.getName()))
                        .orElse(false)))
                .isEmpty();
    }
}
