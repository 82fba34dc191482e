package ai.talent.sim.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleTableTests {

    @Test
    void hangulTakesTwoCellsAndLatinOne() {
        assertThat(ConsoleTable.width("React")).isEqualTo(5);
        assertThat(ConsoleTable.width("서울 React")).isEqualTo(2 * 2 + 1 + 5);
        assertThat(ConsoleTable.width("ㄱ")).isEqualTo(2);
        assertThat(ConsoleTable.width("·–")).isEqualTo(2);
    }

    @Test
    void columnsLineUpByDisplayWidthWithKoreanCells() {
        List<String> lines = new ConsoleTable("name", "rate>")
                .row("권채승", "45,000")
                .row("Chris Brown", "7,000")
                .lines("");
        assertThat(lines).hasSize(4);
        int ruleWidth = ConsoleTable.width(lines.get(1));
        for (String line : lines) {
            assertThat(ConsoleTable.width(line)).isEqualTo(ruleWidth);
        }
        assertThat(lines.get(2)).startsWith("권채승      ").endsWith("45,000");
        assertThat(lines.get(3)).endsWith(" 7,000");
    }

    @Test
    void cutsLongCellsToTheColumnMaximumWithAnEllipsis() {
        List<String> lines = new ConsoleTable("headline:10").row("하이브리드 앱 전문 프리랜서").lines("");
        assertThat(ConsoleTable.width(lines.get(2))).isLessThanOrEqualTo(10);
        assertThat(lines.get(2)).endsWith("…").startsWith("하이브리");
        assertThat(ConsoleTable.cut("short", 10)).isEqualTo("short");
    }

    @Test
    void rejectsARowWithTheWrongNumberOfCells() {
        assertThatThrownBy(() -> new ConsoleTable("a", "b").row("only one"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells for 2 columns");
    }

    @Test
    void wrapsTextByDisplayWidthAtSpaces() {
        List<String> lines = DemoCommand.wrap("권채승님은 하이브리드 앱을 중심으로 CI/CD 구축까지 다루는 프리랜서입니다.", 20);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines).allSatisfy(l -> assertThat(ConsoleTable.width(l)).isLessThanOrEqualTo(20));
        assertThat(String.join(" ", lines)).isEqualTo("권채승님은 하이브리드 앱을 중심으로 CI/CD 구축까지 다루는 프리랜서입니다.");
    }
}
