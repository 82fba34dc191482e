package ai.talent.localstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FreePortsTests {

    @Test
    void theControllerPortIsNeverTheClientPort() {
        // the operating system hands recently closed ports out again: picked one after the other, two picks
        // were once the same number and the broker refused to start (client and controller on one port)
        for (int i = 0; i < 200; i++) {
            int client = FreePorts.pick("127.0.0.1", 0);
            assertThat(FreePorts.pickOtherThan("127.0.0.1", 0, client)).isNotEqualTo(client).isPositive();
        }
    }

    @Test
    void aRequestedPortIsKept() {
        assertThat(FreePorts.pickOtherThan("127.0.0.1", 19092, 19093)).isEqualTo(19092);
    }
}
