package ai.talent.sim.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HangulTests {

    @ParameterizedTest(name = "{0}: {1} {2} {3} {4} {5}")
    @CsvSource({
            // word, 을/를, 이/가, 은/는, 과/와, 으로/로
            "개발자, 를, 가, 는, 와, 로",
            "디자인, 을, 이, 은, 과, 으로",
            "서울, 을, 이, 은, 과, 로",
            "인천, 을, 이, 은, 과, 으로",
            "부산, 을, 이, 은, 과, 으로",
            "대구, 를, 가, 는, 와, 로",
            "경력, 을, 이, 은, 과, 으로",
            "번역가, 를, 가, 는, 와, 로",
            "React, 를, 가, 는, 와, 로",
            "Kotlin, 을, 이, 은, 과, 으로",
            "Python, 을, 이, 은, 과, 으로",
            "Spring, 을, 이, 은, 과, 으로",
            "Docker, 를, 가, 는, 와, 로",
            "Figma, 를, 가, 는, 와, 로",
            "Excel, 을, 이, 은, 과, 로",
            "Google, 을, 이, 은, 과, 로",
            "AWS, 를, 가, 는, 와, 로",
            "SQL, 을, 이, 은, 과, 로",
            "PM, 을, 이, 은, 과, 으로",
            "UI/UX, 를, 가, 는, 와, 로",
            "Next.js, 를, 가, 는, 와, 로",
            "Slack, 을, 이, 은, 과, 으로",
            "C#, 을, 이, 은, 과, 으로",
            "C++, 를, 가, 는, 와, 로",
            "5년, 을, 이, 은, 과, 으로",
            "Java 17, 을, 이, 은, 과, 로",
            "Java 11, 을, 이, 은, 과, 로",
            "Python 3, 을, 이, 은, 과, 으로",
            "Vue 2, 를, 가, 는, 와, 로",
            "Web 2.0, 을, 이, 은, 과, 으로",
    })
    void choosesParticleByHowTheWordEnds(String word, String object, String subject, String topic, String and,
                                         String direction) {
        assertThat(Hangul.particle(word, Particle.OBJECT)).isEqualTo(object);
        assertThat(Hangul.particle(word, Particle.SUBJECT)).isEqualTo(subject);
        assertThat(Hangul.particle(word, Particle.TOPIC)).isEqualTo(topic);
        assertThat(Hangul.particle(word, Particle.AND)).isEqualTo(and);
        assertThat(Hangul.particle(word, Particle.DIRECTION)).isEqualTo(direction);
    }

    @ParameterizedTest
    @CsvSource({"개발자, 개발자를", "디자인, 디자인을", "React, React를", "SQL, SQL을"})
    void attachesTheObjectParticle(String word, String expected) {
        assertThat(Hangul.attach(word, Particle.OBJECT)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"디자이너, 라", "엔지니어, 라", "개발, 이라", "PM, 이라"})
    void choosesQuoteParticle(String word, String expected) {
        assertThat(Hangul.particle(word, Particle.QUOTE)).isEqualTo(expected);
    }
}
