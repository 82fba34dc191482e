package ai.talent.success.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KickstarterDataTests {

    static final String HEADER = "ID,name,category,main_category,currency,deadline,goal,launched,pledged,state,backers,"
            + "country,usd pledged,usd_pledged_real,usd_goal_real\n";

    @Test
    void keepsOnlyFinishedLaunchesAndCutsOutcomeMarksFromNames(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("ks.csv"), HEADER
                + "1,\"Robot Kit, v2\",Hardware,Technology,USD,2016-03-01,5000.00,2016-02-01 10:00:00,9000,successful,90,US,9000,9000,5000.00\n"
                + "2,Space Blitz (Canceled),Mobile Games,Games,SEK,2015-06-20,3000.00,2015-05-30 18:54:32,0,canceled,0,SE,0,0,362.76\n"
                + "3,[Removed] (Suspended),Art,Art,USD,2015-01-20,100.00,2015-01-01 00:00:00,0,suspended,0,US,0,0,100.00\n"
                + "4,Still running,Art,Art,USD,2018-01-20,100.00,2016-12-30 00:00:00,0,live,0,US,0,0,100.00\n"
                + "5,Unknown,Art,Art,USD,2015-01-20,100.00,2015-01-01 00:00:00,0,undefined,0,\"N,0\"\"\",0,0,100.00\n");
        List<KickstarterProject> rows = KickstarterData.read(csv);
        assertThat(rows).extracting(KickstarterProject::name).containsExactly("Robot Kit, v2", "Space Blitz", "");
        assertThat(rows).extracting(KickstarterProject::successful).containsExactly(true, false, false);
        assertThat(rows.get(1).usdGoal()).isEqualTo(362.76);
    }

    @Test
    void theFeaturesUseLaunchTimeColumnsOnly(@TempDir Path dir) throws Exception {
        String row = "7,Same Name,Hardware,Technology,USD,2016-03-01,5000.00,2016-02-01 10:00:00,%s,%s,%s,US,%s,%s,5000.00\n";
        Path a = Files.writeString(dir.resolve("a.csv"), HEADER + row.formatted("9000", "successful", "90", "9000", "9000"));
        Path b = Files.writeString(dir.resolve("b.csv"), HEADER + row.formatted("1", "failed", "1", "1", "1"));
        KickstarterProject won = KickstarterData.read(a).get(0);
        KickstarterProject lost = KickstarterData.read(b).get(0);
        KickstarterFeatures features = KickstarterFeatures.fit(List.of(won, lost));
        assertThat(features.row(won)).containsExactly(features.row(lost));
        assertThat(features.names()).noneMatch(n -> n.contains("pledged") || n.contains("backers")
                || n.contains("state"));
    }

    @Test
    void aLevelWithFewerTrainingRowsThanTheThresholdSharesTheOtherColumn() {
        java.time.LocalDateTime at = java.time.LocalDateTime.of(2015, 3, 1, 12, 0);
        List<KickstarterProject> train = new java.util.ArrayList<>();
        for (int i = 0; i < KickstarterFeatures.MIN_LEVEL_COUNT; i++) {
            train.add(new KickstarterProject("US " + i, "Art", "Art", "USD", "US", 100, 100, at,
                    at.toLocalDate().plusDays(30), i % 2 == 0));
        }
        for (int i = 0; i < KickstarterFeatures.MIN_LEVEL_COUNT - 1; i++) {
            train.add(new KickstarterProject("IT " + i, "Art", "Art", "EUR", "IT", 100, 110, at,
                    at.toLocalDate().plusDays(30), false));
        }
        KickstarterFeatures features = KickstarterFeatures.fit(train);
        assertThat(features.names()).contains("country=US", "currency=USD", "country=" + KickstarterFeatures.OTHER)
                .doesNotContain("country=IT", "currency=EUR");
        float[] italian = features.row(train.get(train.size() - 1));
        assertThat(italian[features.names().indexOf("country=" + KickstarterFeatures.OTHER)]).isEqualTo(1f);
        assertThat(italian[features.names().indexOf("currency=" + KickstarterFeatures.OTHER)]).isEqualTo(1f);
        assertThat(italian[features.names().indexOf("country=US")]).isZero();
        float[] american = features.row(train.get(0));
        assertThat(american[features.names().indexOf("country=US")]).isEqualTo(1f);
        assertThat(american[features.names().indexOf("country=" + KickstarterFeatures.OTHER)]).isZero();
    }

    @Test
    void aMissingFileIsNamedWithWhereItIsLookedFor(@TempDir Path dir) {
        assertThatThrownBy(() -> KickstarterData.read(dir.resolve("nope.csv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope.csv")
                .hasMessageContaining("../shared/data/success");
    }

    @Test
    void evalOptionsRejectUnknownFlagsAndEqualSeeds() {
        assertThatThrownBy(() -> EvalOptions.parse(new String[] {"--bogus"})).hasMessageContaining("--bogus");
        assertThatThrownBy(() -> EvalOptions.parse(new String[] {"--train-seeds", "1,2", "--test-seeds", "2"}))
                .hasMessageContaining("seed 2 is both a training and a test seed");
        assertThatThrownBy(() -> EvalOptions.parse(new String[] {"--test-seeds", "2,x"}))
                .hasMessageContaining("comma-separated");
        EvalOptions quick = EvalOptions.parse(new String[] {"--quick", "--train-seeds", "5", "--test-seeds", "6,7"});
        assertThat(quick.harnessConfig().trainSeeds()).containsExactly(5L);
        assertThat(quick.harnessConfig().testSeeds()).containsExactly(6L, 7L);
        assertThat(quick.harnessConfig().market().freelancers()).isEqualTo(1000);
        assertThat(EvalOptions.parse(new String[] {"--only", "kickstarter"}).simulated()).isFalse();
        assertThat(quick.encoder()).as("MiniLM, as the service serves").isEqualTo("teacher");
        assertThat(EvalOptions.parse(new String[] {"--encoder", "Domain-Bilingual"}).encoder())
                .isEqualTo("domain-bilingual");
        assertThatThrownBy(() -> EvalOptions.parse(new String[] {"--encoder", "gpt"}))
                .hasMessageContaining("unknown encoder 'gpt'").hasMessageContaining("teacher");
    }
}
