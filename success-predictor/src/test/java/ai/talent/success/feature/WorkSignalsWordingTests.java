package ai.talent.success.feature;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.text.TextSignals;
import ai.talent.sim.text.TextHalf;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The work-signal phrases must not be read off the simulator's held-out wording. The simulator splits each
 * phrase-bank section's templates into a training half and a test half (the evaluation writes its texts with
 * the test half only); a phrase found in test-half templates and in no training-half template could only have
 * been copied from the evaluation's own wording, and would score the evaluation on what it was written from.
 */
class WorkSignalsWordingTests {

    private static final List<String> BANKS = List.of("project-en", "project-ko", "freelancer-en", "freelancer-ko",
            "achievements", "domain-work", "query-en", "query-ko");

    @Test
    void noPhraseComesOnlyFromTheSimulatorsTestHalfWording() throws IOException {
        StringBuilder train = new StringBuilder();
        StringBuilder test = new StringBuilder();
        for (String bank : BANKS) {
            for (List<String> templates : sections("ai/talent/sim/text/" + bank + ".txt").values()) {
                TextHalf.TRAIN.share(templates).forEach(t -> train.append(t).append('\n'));
                TextHalf.TEST.share(templates).forEach(t -> test.append(t).append('\n'));
            }
        }
        assertThat(test).as("the test half's templates were read").isNotEmpty();

        List<String> phrases = phrases(TextSignals.WORK_SIGNALS);
        assertThat(phrases).hasSizeGreaterThan(40);
        List<String> testOnly = phrases.stream()
                .filter(p -> test.indexOf(p) >= 0 && train.indexOf(p) < 0)
                .toList();
        assertThat(testOnly).as("phrases found only in the simulator's test-half templates").isEmpty();
    }

    private static Map<String, List<String>> sections(String resource) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines(resource)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("## ")) {
                current = new ArrayList<>();
                sections.put(trimmed.substring(3), current);
            } else if (current != null && !trimmed.isEmpty() && !trimmed.startsWith("#")) {
                current.add(trimmed.toLowerCase(Locale.ROOT));
            }
        }
        return sections;
    }

    private static List<String> phrases(String resource) throws IOException {
        List<String> phrases = new ArrayList<>();
        for (String line : lines(resource)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            for (String phrase : columns[2].split("\\|")) {
                phrases.add(phrase.strip().toLowerCase(Locale.ROOT));
            }
        }
        return phrases;
    }

    private static List<String> lines(String resource) throws IOException {
        InputStream in = WorkSignalsWordingTests.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }
}
