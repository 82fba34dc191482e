package ai.talent.sim.text;

import ai.talent.domain.model.Language;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Writes the marketplace's texts (freelancer headlines and bios, project posts, recruiter queries) in Korean,
 * English or mixed Korean, varied in wording as people write them. Pure functions: all randomness comes from
 * the generator passed in, so the same seed gives the same text. Thread-safe; the phrase banks are loaded once.
 */
public final class MarketplaceTexts {

    private static final FreelancerWriter FREELANCERS = new FreelancerWriter();
    private static final ProjectWriter PROJECTS = new ProjectWriter();
    private static final QueryWriter QUERIES = new QueryWriter();

    private MarketplaceTexts() {
    }

    /** A headline (title) and bio (body) for the freelancer. */
    public static GeneratedText freelancer(FreelancerProfile profile, Language language, RandomGenerator rng) {
        return freelancer(profile, language, TextOptions.DEFAULT, rng);
    }

    /** A headline and bio written with the given wording half and skill-name noise. */
    public static GeneratedText freelancer(FreelancerProfile profile, Language language, TextOptions options,
                                           RandomGenerator rng) {
        return FREELANCERS.write(Objects.requireNonNull(profile, "profile"), language(language), options(options),
                rng(rng));
    }

    /** The freelancer's introduction sentence alone (title = the sentence, body = ""), as a bio opens. */
    public static GeneratedText freelancerIntro(FreelancerProfile profile, Language language, TextOptions options,
                                                RandomGenerator rng) {
        Language lang = language(language);
        return new GeneratedText(FREELANCERS.intro(Objects.requireNonNull(profile, "profile"), lang,
                options(options), rng(rng)), "", lang);
    }

    /** A project post: title and description. */
    public static GeneratedText project(ProjectBrief brief, Language language, RandomGenerator rng) {
        return project(brief, language, TextOptions.DEFAULT, rng);
    }

    /** A project post written with the given wording half and skill-name noise. */
    public static GeneratedText project(ProjectBrief brief, Language language, TextOptions options,
                                        RandomGenerator rng) {
        return PROJECTS.write(Objects.requireNonNull(brief, "brief"), language(language), options(options), rng(rng));
    }

    /** A recruiter's search query for the intent (title = the query, body = ""). */
    public static GeneratedText query(QueryIntent intent, Language language, RandomGenerator rng) {
        return query(intent, language, TextOptions.DEFAULT, rng);
    }

    /** A recruiter's query written with the given wording half and skill-name noise. */
    public static GeneratedText query(QueryIntent intent, Language language, TextOptions options,
                                      RandomGenerator rng) {
        return QUERIES.write(Objects.requireNonNull(intent, "intent"), language(language), options(options), rng(rng));
    }

    /** Keys of the business domains texts may name, e.g. "fintech", "e-commerce"; see {@link Domains}. */
    public static List<String> domains() {
        return Domains.keys();
    }

    private static Language language(Language language) {
        return Objects.requireNonNull(language, "language");
    }

    private static TextOptions options(TextOptions options) {
        return Objects.requireNonNull(options, "options");
    }

    private static RandomGenerator rng(RandomGenerator rng) {
        return Objects.requireNonNull(rng, "rng (all randomness must come from the caller's generator)");
    }
}
