package ai.talent.search.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.model.Freelancer;
import ai.talent.search.index.ContractProfiles;
import java.util.Arrays;
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
            assertThat(ProfileCard.decode(card)).as(f.id()).isEqualTo(withoutTexts(f));
            // a value inside a larger array (doc values hand out slices)
            byte[] padded = new byte[card.length + 7];
            System.arraycopy(card.bytes, card.offset, padded, 3, card.length);
            assertThat(ProfileCard.decode(new BytesRef(padded, 3, card.length))).isEqualTo(withoutTexts(f));
        }
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
