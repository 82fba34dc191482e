package ai.talent.sim;

import static ai.talent.sim.MarketParameters.*;

import ai.talent.domain.model.Language;
import ai.talent.domain.model.Region;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillCategory;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.sim.text.MarketplaceTexts;
import ai.talent.sim.text.QueryIntent;
import ai.talent.sim.text.Role;
import ai.talent.sim.text.Roles;
import ai.talent.sim.text.SkillMention;
import ai.talent.sim.text.TextOptions;
import java.util.List;
import java.util.SplittableRandom;

/** Generates recruiter query number {@code index}: a structured intent, then its text in KO, EN or mixed. */
final class QueryGenerator {

    private static final int[] YEARS = {1, 2, 3, 5, 7, 10};
    private static final double ROLE_ONLY_SHARE = 0.15;

    private final long seed;
    private final SkillTaxonomy taxonomy;
    private final LanguageMix languageMix;
    private final CategoryMix categories;
    private final List<String> domains;
    private final TextOptions textOptions;

    QueryGenerator(long seed, SkillTaxonomy taxonomy, LanguageMix languageMix, CategoryMix categories,
                   TextOptions textOptions) {
        this.seed = seed;
        this.taxonomy = taxonomy;
        this.languageMix = languageMix;
        this.categories = categories;
        this.domains = MarketplaceTexts.domains();
        this.textOptions = textOptions;
    }

    static String id(long index) {
        return "q-" + index;
    }

    /** The index of the query with this {@link #id}. */
    static long index(String id) {
        if (!id.startsWith("q-")) {
            throw new IllegalArgumentException("not a simulated query id: '" + id + "'");
        }
        return Long.parseLong(id.substring(2));
    }

    /** The query as a search box receives it, and the intent it was written from. */
    record Generated(SimQuery query, QuerySpec intent) {
    }

    /** What query {@code index} asks, structured and as its text is written from, and the text's language. */
    private record Draft(QuerySpec spec, QueryIntent intent, Language language) {
    }

    /** What query {@code index}'s text is written from (the parallel texts write it twice). */
    QueryIntent intent(long index) {
        return draft(index).intent();
    }

    Generated generate(long index) {
        Draft d = draft(index);
        String text = MarketplaceTexts.query(d.intent(), d.language(), textOptions,
                Seeds.rng(seed, "query-text", index)).title();
        return new Generated(new SimQuery(id(index), text, d.language()), d.spec());
    }

    private Draft draft(long index) {
        SplittableRandom rng = Seeds.rng(seed, "query", index);
        SkillCategory category = categories.draw(rng);
        List<Role> roles = Roles.forCategory(category.name());
        boolean roleOnly = rng.nextDouble() < ROLE_ONLY_SHARE;
        Role role = roleOnly || rng.nextDouble() < 0.6 ? roles.get(rng.nextInt(roles.size())) : null;
        List<Skill> skills = roleOnly ? List.of() : Draw.weightedDistinct(taxonomy.inCategory(category),
                s -> role == null ? s.popularity() : RoleSkills.weight(role.en(), s), rng.nextDouble() < 0.65 ? 1 : 2,
                rng);
        boolean remote = rng.nextDouble() < 0.2;
        Region region = null;
        if (!remote && rng.nextDouble() < 0.45) {
            do {
                region = REGIONS[Draw.weightedIndex(REGION_WEIGHT, rng)];
            } while (region == Region.REMOTE || region == Region.ABROAD);
        }
        Integer minYears = rng.nextDouble() < 0.3 ? YEARS[rng.nextInt(YEARS.length)] : null;
        String seniority = minYears == null && rng.nextDouble() < 0.35 ? SENIORITIES[rng.nextInt(3)] : null;
        double median = MEDIAN_HOURLY_KRW.get(category)
                * (seniority == null ? 1.0 : SENIORITY_RATE_MULTIPLIER[Seniority.rank(seniority)]);
        Long maxRate = rng.nextDouble() < 0.4 ? Math.round(median * Draw.between(rng, 0.8, 1.4) / 5000) * 5000 : null;
        Long minRate = maxRate == null && rng.nextDouble() < 0.12
                ? Math.round(median * Draw.between(rng, 0.6, 1.0) / 5000) * 5000 : null;
        String domain = rng.nextDouble() < 0.3 ? Draw.uniform(domains, rng) : null;
        String language = rng.nextDouble() < 0.15 ? (rng.nextDouble() < 0.8 ? "en" : "ko") : null;

        QuerySpec spec = new QuerySpec(category, skills.stream().map(Skill::id).toList(),
                role == null ? null : role.en(), region, minRate, maxRate, minYears, seniority, remote, domain,
                language);
        List<SkillMention> mentions = skills.stream()
                .map(s -> SkillMention.of(s.nameEn(), s.nameKo(), s.aliases())).toList();
        QueryIntent intent = new QueryIntent(mentions, role, region == null ? null : region.nameEn(),
                region == null ? null : region.nameKo(), minRate, maxRate, minYears, seniority, remote, domain,
                language);
        return new Draft(spec, intent, languageMix.draw(rng));
    }
}
