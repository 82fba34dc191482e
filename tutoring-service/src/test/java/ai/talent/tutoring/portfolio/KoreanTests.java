package ai.talent.tutoring.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KoreanTests {

    @Test
    void hangulParticlesFollowTheLastSyllable() {
        assertThat(Korean.object("파이썬")).isEqualTo("파이썬을");
        assertThat(Korean.object("리액트")).isEqualTo("리액트를");
        assertThat(Korean.subject("스파크")).isEqualTo("스파크가");
        assertThat(Korean.topic("김민지님")).isEqualTo("김민지님은");
        assertThat(Korean.and("코틀린")).isEqualTo("코틀린과");
        assertThat(Korean.and("에어플로우")).isEqualTo("에어플로우와");
    }

    @Test
    void instrumentalTakesRoAfterAVowelOrRieul() {
        assertThat(Korean.instrumental("파이썬")).isEqualTo("파이썬으로");
        assertThat(Korean.instrumental("리액트")).isEqualTo("리액트로");
        assertThat(Korean.instrumental("서울")).isEqualTo("서울로");
    }

    @Test
    void latinNamesAndDigitsAreReadAsPronounced() {
        assertThat(Korean.object("Python")).isEqualTo("Python을");
        assertThat(Korean.object("React")).isEqualTo("React를");
        assertThat(Korean.object("Spring")).isEqualTo("Spring을");
        assertThat(Korean.instrumental("SQL")).isEqualTo("SQL로");
        assertThat(Korean.object("Java")).isEqualTo("Java를");
        assertThat(Korean.object("Python 3")).isEqualTo("Python 3을");
        assertThat(Korean.object("React 18")).isEqualTo("React 18을");
        assertThat(Korean.object("‘데이터 엔지니어’")).isEqualTo("‘데이터 엔지니어’를");
    }
}
