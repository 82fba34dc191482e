package ai.talent.sim;

import static ai.talent.sim.MarketParameters.*;

import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.ProjectStatus;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillCategory;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.sim.text.GeneratedText;
import ai.talent.sim.text.MarketplaceTexts;
import ai.talent.sim.text.ProjectBrief;
import ai.talent.sim.text.Role;
import ai.talent.sim.text.Roles;
import ai.talent.sim.text.SkillMention;
import ai.talent.sim.text.TextOptions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates project number {@code index} (and looks up its client) from its own seed. Projects are posted in
 * index order, evenly over the history's days.
 */
final class ProjectGenerator {

    private static final double HOURLY_SHARE = 0.4;

    private final long seed;
    private final int projectCount;
    private final int clientCount;
    private final int historyDays;
    private final SkillTaxonomy taxonomy;
    private final LanguageMix languageMix;
    private final CategoryMix categories;
    private final ClientGenerator clients;
    private final List<String> domains;
    private final TextOptions textOptions;

    ProjectGenerator(SimConfig config, SkillTaxonomy taxonomy, LanguageMix languageMix, CategoryMix categories,
                     ClientGenerator clients, TextOptions textOptions) {
        this.seed = config.seed();
        this.projectCount = config.projects();
        this.clientCount = Math.max(1, config.clients());
        this.historyDays = config.historyDays();
        this.taxonomy = taxonomy;
        this.languageMix = languageMix;
        this.categories = categories;
        this.clients = clients;
        this.domains = MarketplaceTexts.domains();
        this.textOptions = textOptions;
    }

    static String id(long index) {
        return "p-" + index;
    }

    /** Which client posted project {@code index}: a few clients post many projects. */
    long clientIndexOf(long index) {
        double u = Seeds.uniform(seed, "project-client", index, 0);
        return Math.min(clientCount - 1, (long) Math.floor(clientCount * Math.pow(u, 1.6)));
    }

    /** When project {@code index} is posted: the index orders postings in time. */
    Instant postedAt(long index) {
        double u = Seeds.uniform(seed, "project-time", index, 0);
        return EPOCH.plusSeconds((long) ((index + u) * historyDays * (double) DAY / Math.max(1, projectCount)));
    }

    /**
     * Everything drawn for project {@code index} before its text is written (the generator and the
     * parallel-text writer share it, so both see the same project).
     */
    private record Draft(SimClient client, SkillCategory category, Role role, String domain, boolean domainStated,
                         int seniority, int complexity, List<SkillRequirement> required, List<SkillRequirement> nice,
                         long budget, boolean hourly, long hourlyBudgetKrw, int weeks, int hoursPerWeek,
                         Region region, boolean remote, Instant postedAt, LocalDate deadline, Language language,
                         ProjectBrief brief) {
    }

    /** What project {@code index}'s title and description are written from (the parallel texts write it twice). */
    ProjectBrief brief(long index) {
        return draft(index).brief();
    }

    SimProject generate(long index) {
        Draft d = draft(index);
        GeneratedText text = MarketplaceTexts.project(d.brief(), d.language(), textOptions,
                Seeds.rng(seed, "project-text", index));
        String title = text.title().isBlank() ? d.category().nameEn() : text.title();

        Project project = new Project(id(index), d.client().client().id(), title, text.body(), d.language(),
                d.required(), d.nice(), d.hourly() ? BudgetType.HOURLY : BudgetType.FIXED, Money.krw(d.budget()),
                d.weeks(), d.deadline(), d.region(), d.remote(), ProjectStatus.OPEN);
        ProjectTruth truth = new ProjectTruth(d.category(), d.role().en(), d.domain(), d.domainStated(),
                SENIORITIES[d.seniority()], COMPLEXITIES[d.complexity()], d.hoursPerWeek(), d.client().quality(),
                d.hourlyBudgetKrw());
        return new SimProject(index, project, d.postedAt(), truth, d.client());
    }

    private Draft draft(long index) {
        SplittableRandom rng = Seeds.rng(seed, "project", index);
        SimClient client = clients.generate(clientIndexOf(index));
        SkillCategory category = rng.nextDouble() < CLIENT_MAIN_CATEGORY_SHARE ? client.truth().mainCategory()
                : categories.draw(rng);
        List<Role> roles = Roles.forCategory(category.name());
        Role role = roles.get(rng.nextInt(roles.size()));
        String domain = rng.nextDouble() < PROJECT_DOMAIN_FROM_INDUSTRY ? client.client().industry()
                : Draw.uniform(domains, rng);
        boolean domainStated = rng.nextDouble() < PROJECT_DOMAIN_STATED;
        int complexity = Draw.weightedIndex(COMPLEXITY_WEIGHT, rng);
        int seniority = Draw.weightedIndex(SENIORITY_WANTED_BY_COMPLEXITY[complexity], rng);

        List<Skill> inCategory = taxonomy.inCategory(category);
        int nRequired = Math.min(inCategory.size(), 1 + rng.nextInt(3));
        int nNice = Math.min(inCategory.size() - nRequired, rng.nextInt(3));
        List<Skill> picked = Draw.weightedDistinct(inCategory, s -> RoleSkills.weight(role.en(), s),
                nRequired + nNice, rng);
        List<SkillRequirement> required = new ArrayList<>();
        List<SkillRequirement> nice = new ArrayList<>();
        List<SkillMention> requiredText = new ArrayList<>();
        List<SkillMention> niceText = new ArrayList<>();
        for (int i = 0; i < picked.size(); i++) {
            Skill s = picked.get(i);
            int minLevel = (int) Math.round(Draw.clamp(SENIORITY_BASE_LEVEL[seniority] - 0.4 + 0.5 * rng.nextGaussian(),
                    1, 5));
            SkillMention mention = new SkillMention(s.nameEn(), s.nameKo(), s.aliases(), minLevel, 0);
            if (i < nRequired) {
                required.add(new SkillRequirement(s.id(), minLevel));
                requiredText.add(mention);
            } else {
                nice.add(new SkillRequirement(s.id(), Math.max(1, minLevel - 1)));
                niceText.add(mention);
            }
        }

        int weeks = 1 + (int) Math.round(Math.min(51, -6 * Math.log(1 - rng.nextDouble())));
        int hoursPerWeek = PROJECT_HOURS[Draw.weightedIndex(PROJECT_HOURS_WEIGHT, rng)];
        double hourlyBudget = MEDIAN_HOURLY_KRW.get(category) * SENIORITY_RATE_MULTIPLIER[seniority]
                * Draw.logNormal(rng, 0.25);
        long hourlyBudgetKrw = Math.max(MIN_HOURLY_KRW, Math.round(hourlyBudget / 1000) * 1000);
        boolean hourly = rng.nextDouble() < HOURLY_SHARE;
        long budget = hourly ? hourlyBudgetKrw
                : Math.max(10_000, Math.round(hourlyBudgetKrw * hoursPerWeek * weeks * Draw.between(rng, 0.7, 1.1)
                        / 10_000.0) * 10_000);

        Region region = REGIONS[Draw.weightedIndex(REGION_WEIGHT, rng)];
        boolean remote = region == Region.REMOTE || region == Region.ABROAD || rng.nextDouble() < 0.45;
        if (region == Region.REMOTE || region == Region.ABROAD) {
            region = client.client().region();
        }
        Instant postedAt = postedAt(index);
        // Some deadlines leave little slack for the work (tight), most leave plenty.
        LocalDate deadline = LocalDate.ofInstant(postedAt, ZoneOffset.UTC)
                .plusDays(7 + Math.round(7.0 * weeks * Draw.between(rng, 0.95, 1.8)));

        Language language = languageMix.draw(rng);
        // Posts state the seniority most of the time; otherwise only the work's complexity hints at it.
        boolean seniorityStated = rng.nextDouble() < 0.6;
        boolean hoursStated = rng.nextDouble() < 0.8;
        ProjectBrief brief = new ProjectBrief(category.name(), role, domain, domainStated, requiredText, niceText,
                budget, hourly, weeks, region.nameEn(), region.nameKo(), remote, SENIORITIES[seniority],
                seniorityStated, COMPLEXITIES[complexity], hoursStated ? hoursPerWeek : 0);
        return new Draft(client, category, role, domain, domainStated, seniority, complexity, required, nice, budget,
                hourly, hourlyBudgetKrw, weeks, hoursPerWeek, region, remote, postedAt, deadline, language, brief);
    }
}
