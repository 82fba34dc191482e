package ai.talent.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTests {

    @Test
    void writesAllFilesTheReportAndTheCharts(@TempDir Path dir) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            SimulateCommand.run(new String[] {"--freelancers", "120", "--projects", "40", "--learners", "10",
                "--seed", "3", "--out", dir.resolve("out").toString(), "--report",
                "--report-dir", dir.resolve("reports").toString()});
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        // all eight files, queries included without asking for them
        for (String file : SimFiles.ALL) {
            assertThat(dir.resolve("out").resolve(file)).isRegularFile();
            assertThat(Files.size(dir.resolve("out").resolve(file))).as(file).isPositive();
        }
        assertThat(output).contains("hourly rate (KRW) by category", "text language share", "hire rate",
                "success AUC", "distinct token 3-grams");
        String last = output.strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last).startsWith("{\"freelancers\":120").contains("oracle_success_auc");
        assertThat(Files.list(dir.resolve("reports")).filter(p -> p.toString().endsWith(".png")).count())
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void rejectsUnknownOptionsWithTheUsage() {
        assertThatThrownBy(() -> SimulateCommand.run(new String[] {"--freelancer", "3"}))
                .hasMessageContaining("unknown option --freelancer").hasMessageContaining("usage:");
        assertThatThrownBy(() -> SimulateCommand.run(new String[] {"--projects", "3", "--freelancers", "0"}))
                .hasMessageContaining("--freelancers");
    }
}
