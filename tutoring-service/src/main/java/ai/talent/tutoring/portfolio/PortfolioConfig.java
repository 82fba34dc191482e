package ai.talent.tutoring.portfolio;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Portfolio generation on request ({@code tutoring.portfolio.*}); defaults in application.properties too. */
@ConfigMapping(prefix = "tutoring.portfolio")
public interface PortfolioConfig {

    @WithDefault("5")
    int topSkills();

    @WithDefault("3")
    int caseStudies();

    @WithDefault("3")
    int evidencePerSkill();

    @WithDefault("3")
    int feedbackExcerpts();

    /** Longest feedback excerpt, in characters. */
    @WithDefault("160")
    int excerptChars();

    /** Weight of the target-role similarity beside the outcome score (0–1) of a case study. */
    @WithDefault("1.0")
    double relevanceWeight();

    /** Maximal marginal relevance: 0 ranks by score alone, higher values favour projects unlike those picked. */
    @WithDefault("0.3")
    double diversity();

    /** Best delivered projects (by outcome) considered as case studies; bounds the encoder work per request. */
    @WithDefault("50")
    int candidates();

    /** Largest request body, in bytes (larger: 413). */
    @WithDefault("8192")
    int maxBodyBytes();

    Llm llm();

    /** An OpenAI-compatible chat-completions endpoint that writes headline and summary; unused unless url is set. */
    interface Llm {

        /** e.g. {@code http://localhost:8000/v1/chat/completions}; absent: the template writer alone. */
        Optional<String> url();

        @WithDefault("gpt-4o-mini")
        String model();

        /** Sent as a bearer token when present. */
        Optional<String> apiKey();

        /** Past it, the template writes instead. */
        @WithDefault("10s")
        Duration timeout();

        @WithDefault("400")
        int maxTokens();
    }

    default PortfolioComposer.Limits limits() {
        return new PortfolioComposer.Limits(topSkills(), caseStudies(), evidencePerSkill(), feedbackExcerpts(),
                excerptChars(), relevanceWeight(), diversity(), candidates());
    }
}
