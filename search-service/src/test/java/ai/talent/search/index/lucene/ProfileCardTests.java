package ai.talent.search.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Region;
import ai.talent.domain.text.TextSignals;
import ai.talent.search.index.ContractProfiles;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class ProfileCardTests {

    private static Freelancer withoutTexts(Freelancer f) {
        return new Freelancer(f.id(), f.displayName(), "", "", f.textLanguage(), f.skills(), f.hourlyRate(),
                f.region(), f.remoteOk(), f.spokenLanguages(), f.availabilityHoursPerWeek(), f.ratingAverage(),
                f.ratingCount(), f.completedProjects());
    }

    @Test
    void everyProfileReadsBackWithoutItsTextsAndNothingElseLost() {
        for (Freelancer f : ContractProfiles.all()) {
            BytesRef card = ProfileCard.encode(f);
            ProfileCard.Card expected = new ProfileCard.Card(withoutTexts(f), TextSignals.standard().readProfile(f));
            assertThat(ProfileCard.decode(card)).as(f.id()).isEqualTo(expected);
            // a value inside a larger array (doc values hand out slices)
            byte[] padded = new byte[card.length + 7];
            System.arraycopy(card.bytes, card.offset, padded, 3, card.length);
            assertThat(ProfileCard.decode(new BytesRef(padded, 3, card.length))).isEqualTo(expected);
        }
    }

    @Test
    void theCardKeepsWhatTheTextsStateWhichTheFitReadsWithoutThem() {
        Freelancer f = new Freelancer("f-qa", "Kim", "Senior QA engineer · fintech",
                "I have tested payment apps in fintech for 9 years.", Language.EN, List.of(), new Money(60_000, "KRW"),
                Region.SEOUL, true, List.of("ko"), 20, 4.5, 10, 8);
        ProfileCard.Card card = ProfileCard.decode(ProfileCard.encode(f));
        assertThat(card.profile().headline()).isEmpty();
        assertThat(card.stated().roles()).containsExactly("QA engineer");
        assertThat(card.stated().domains()).containsExactly("fintech");
        assertThat(card.stated().years()).isEqualTo(9);
        assertThat(card.stated().seniority()).isEqualTo(2);
    }

    @Test
    void signalsReadWithOtherPhraseListsReadAsNothing() {
        BytesRef card = ProfileCard.encode(ContractProfiles.BUSAN_KOTLIN);
        String text = new String(card.bytes, card.offset, card.length, StandardCharsets.ISO_8859_1);
        String fingerprint = TextSignals.standard().fingerprint();
        int at = text.lastIndexOf("P" + fingerprint);
        assertThat(at).isPositive();
        byte[] other = Arrays.copyOfRange(card.bytes, card.offset, card.offset + card.length);
        other[at + 1] = (byte) (other[at + 1] == '0' ? '1' : '0');
        assertThat(ProfileCard.decode(new BytesRef(other))).isNull();
    }

    @Test
    void anotherVersionATruncatedValueOrTrailingBytesReadAsNothing() {
        BytesRef card = ProfileCard.encode(ContractProfiles.BUSAN_KOTLIN);
        byte[] other = Arrays.copyOfRange(card.bytes, card.offset, card.offset + card.length);
        other[0] = (byte) (ProfileCard.VERSION + 1);
        assertThat(ProfileCard.decode(new BytesRef(other))).isNull();
        assertThat(ProfileCard.decode(new BytesRef(card.bytes, card.offset, card.length - 5))).isNull();
        byte[] longer = Arrays.copyOf(Arrays.copyOfRange(card.bytes, card.offset, card.offset + card.length),
                card.length + 1);
        assertThat(ProfileCard.decode(new BytesRef(longer))).isNull();
        assertThat(ProfileCard.decode(new BytesRef(new byte[0]))).isNull();
    }
}
