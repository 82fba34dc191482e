package ai.talent.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fault scenarios on the packaged services, in CI ({@code ./mvnw verify}): each must lose nothing the broker
 * acknowledged and duplicate no effect. One broker process serves them all; {@code ./talent bench faults} runs the
 * same scenarios and prints their figures.
 */
class FaultsIT {

    private static FaultRig rig;

    @BeforeAll
    static void openRig() {
        rig = FaultRig.open(Path.of("target", "it-logs"));
    }

    @AfterAll
    static void closeRig() {
        rig.close();
    }

    @Test
    void anAcknowledgedEventSurvivesABrokerKilledMidStreamAndIsCountedOnce() throws Exception {
        assertPassed(new BrokerKillScenario().run(rig));
    }

    @Test
    void aServiceKilledMidStreamRestoresItsStateAndAnswersEveryEventOnce() throws Exception {
        assertPassed(new ServiceKillScenario().run(rig));
    }

    @Test
    void searchAnswers503WhileElasticsearchIsDownAndIndexesEverythingOnceItIsBack() throws Exception {
        assertPassed(new ElasticsearchDownScenario().run(rig));
    }

    @Test
    void aCorruptedModelFileIsRefusedAndTheVersionPromotedBeforeItServes() throws Exception {
        assertPassed(new CorruptModelScenario().run(rig));
    }

    @Test
    void aStateFolderThatFillsUpHoldsEveryEventWithReadinessDownAndRecoversByItself() throws Exception {
        FaultReport report;
        try {
            report = new DiskFullScenario().run(rig);
        } catch (ScenarioSkipped skipped) {
            Assumptions.abort("disk-full skipped: " + skipped.getMessage());
            return;
        }
        assertPassed(report);
    }

    private static void assertPassed(FaultReport report) {
        report.checks().forEach(c -> System.out.println("FAULT   " + c));
        System.out.println("FAULT " + report.line());
        assertThat(report.acknowledged()).as("events acknowledged").isPositive();
        assertThat(report.lost()).as("acknowledged events lost: %s", report).isZero();
        assertThat(report.duplicated()).as("events with a duplicate effect: %s", report).isZero();
        assertThat(report.failures()).as(report.scenario()).isEmpty();
    }
}
