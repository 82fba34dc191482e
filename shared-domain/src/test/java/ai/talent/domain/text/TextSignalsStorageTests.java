package ai.talent.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.ProjectStatus;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signals stored beside a document read back as the signals of its texts, and only when read the same way. */
class TextSignalsStorageTests {

    private final TextSignals signals = TextSignals.standard();

    static Freelancer freelancer(String headline, String bio) {
        return new Freelancer("f-1", "김민수", headline, bio, Language.MIXED,
                List.of(new SkillLevel("react", 4, 5.0)), Money.krw(45_000), Region.SEOUL, true, List.of("ko", "en"),
                30, 4.7, 12, 9);
    }

    static Project project(String title, String description) {
        return new Project("p-1", "c-1", title, description, Language.EN, List.of(new SkillRequirement("react", 3)),
                List.of(), BudgetType.FIXED, Money.krw(8_000_000), 6, LocalDate.of(2026, 4, 15), Region.SEOUL, false,
                ProjectStatus.OPEN);
    }

    @Test
    void aStoredProfileReadsBackAsTheProfileOfItsTexts() {
        List<Freelancer> profiles = List.of(
                freelancer("Senior backend engineer, fintech", "8 years building payment APIs; cut latency 40%. "
                        + "Led the migration of a banking core."),
                freelancer("시니어 백엔드 개발자", "핀테크 결제 시스템 7년 경력, 데이터 파이프라인 구축을 주도했습니다."),
                freelancer("Designer", "I make things."),
                freelancer("", ""));
        for (Freelancer f : profiles) {
            TextSignals.Profile read = signals.readProfile(f);
            String stored = signals.encode(read);
            assertThat(signals.decodeProfile(stored)).as(stored).isEqualTo(read);
            assertThat(signals.profile(f, stored)).isEqualTo(signals.profile(f));
        }
        // the first one states something in every field, so the round trip is not only of empty sets
        TextSignals.Profile first = signals.readProfile(profiles.get(0));
        assertThat(first.roles()).isNotEmpty();
        assertThat(first.domains()).isNotEmpty();
        assertThat(first.years()).isEqualTo(8);
    }

    @Test
    void aStoredPostReadsBackAsThePostOfItsTexts() {
        for (Project p : List.of(
                project("Complex fintech backend", "We need a senior engineer, 30 hours per week, for a payments API."),
                project("간단한 랜딩 페이지", "주 10시간, 디자이너 구합니다."),
                project("Logo", "."))) {
            TextSignals.Post read = signals.readPost(p);
            String stored = signals.encode(read);
            assertThat(signals.decodePost(stored)).as(stored).isEqualTo(read);
            assertThat(signals.post(p.title(), p.description(), stored)).isEqualTo(signals.post(p));
        }
    }

    @Test
    void signalsReadWithOtherPhraseListsOrMalformedAreReadAfresh() {
        Freelancer f = freelancer("Senior backend engineer, fintech", "8 years of payment APIs.");
        TextSignals.Profile read = signals.readProfile(f);
        String stored = signals.encode(read);
        String otherLists = stored.charAt(0) + "00000000" + stored.substring(1 + signals.fingerprint().length());
        assertThat(signals.fingerprint()).isNotEqualTo("00000000");
        assertThat(signals.decodeProfile(otherLists)).isNull();
        assertThat(signals.decodeProfile(null)).isNull();
        assertThat(signals.decodeProfile("")).isNull();
        assertThat(signals.decodeProfile(stored + ";1")).isNull();
        assertThat(signals.decodeProfile(stored.replace(";8;", ";eight;"))).isNull();
        String fp = signals.fingerprint();
        assertThat(signals.decodeProfile("P" + fp + ";backend,backend;;2;8;0;0")).as("a key listed twice").isNull();
        assertThat(signals.decodeProfile("P" + fp + ";backend;;2;8;0;0")).isNotNull();
        // a post's value is not a profile's
        assertThat(signals.decodeProfile(signals.encode(signals.readPost(project("a", "b"))))).isNull();
        // whatever was stored, the answer is the profile's own signals
        assertThat(signals.profile(f, otherLists)).isEqualTo(read);
        assertThat(signals.profile(f, "garbage")).isEqualTo(read);
    }
}
