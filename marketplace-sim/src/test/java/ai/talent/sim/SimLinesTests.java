package ai.talent.sim;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.model.Client;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SimLinesTests {

    @Test
    void readsEventsRecordsAndTruthBack() {
        try (Stream<SimLine> lines = SimLines.read(SmallMarket.dir().resolve(SimFiles.CONTRACTS))) {
            List<SimLine> completed = lines.filter(l -> l.event() instanceof ContractCompleted).toList();
            assertThat(completed).isNotEmpty();
            assertThat(completed).allSatisfy(l ->
                    assertThat(l.truthAs(ContractTruth.class).successProbability()).isBetween(0.0, 1.0));
        }
        try (Stream<SimLine> lines = SimLines.read(SmallMarket.dir().resolve(SimFiles.CLIENTS))) {
            SimLine first = lines.findFirst().orElseThrow();
            assertThat(first.recordName()).isEqualTo("client");
            assertThat(new ai.talent.domain.event.EventCodec().decodeValueTree(first.record(), Client.class).id())
                    .isEqualTo("c-0");
        }
    }
}
