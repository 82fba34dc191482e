package ai.talent.sim;

import static ai.talent.sim.MarketParameters.*;

import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.ProjectStatus;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.sim.text.GeneratedText;
import ai.talent.sim.text.MarketplaceTexts;
import ai.talent.sim.text.ProjectBrief;
import ai.talent.sim.text.SkillMention;
import ai.talent.domain.model.Language;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillCategory;
import ai.talent.domain.skill.SkillTaxonomy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Generates project number {@code index} (and looks up its client) from its own seed. */
final class ProjectGenerator {

    private static final double HOURLY_SHARE = 0.4;

    private final long seed;
    private final int projectCount;
    private final int clientCount;
    private final SkillTaxonomy taxonomy;
    private final LanguageMix languageMix;
    private final ClientGenerator clients;
    private final List<SkillCategory> categories;
    private final double[] categoryWeights;
    private final List<String> domains;

    ProjectGenerator(long seed, int projectCount, int clientCount, SkillTaxonomy taxonomy,
                     LanguageMix languageMix, ClientGenerator clients) {
        this.seed = seed;
        this.projectCount = projectCount;
        this.clientCount = clientCount;
        this.taxonomy = taxonomy;
        this.languageMix = languageMix;
        this.clients = clients;
        this.categories = new ArrayList<>();
        for (SkillCategory c : SkillCategory.values()) {
            if (!taxonomy.inCategory(c).isEmpty()) {
                categories.add(c);
            }
        }
        this.categoryWeights = categories.stream().mapToDouble(c -> CATEGORY_WEIGHT.getOrDefault(c, 0.05)).toArray();
        this.domains = MarketplaceTexts.domains();
    }

    static String id(long index) {
        return "p-" + index;
    }

    /** Which client posted project {@code index}: a few clients post many projects. */
    long clientIndexOf(long index) {
        double u = Seeds.uniform(seed, "project-client", index, 0);
        return Math.min(clientCount - 1, (long) Math.floor(clientCount * Math.pow(u, 1.6)));
    }

    SimProject generate(long index) {
        SplittableRandom rng = Seeds.rng(seed, "project", index);
        SimClient client = clients.generate(clientIndexOf(index));
        SkillCategory category = categories.get(Draw.weightedIndex(categoryWeights, rng));
        String domain = rng.nextDouble() < 0.7 ? client.client().industry() : Draw.uniform(domains, rng);
        int seniority = Draw.weightedIndex(new double[] {0.3, 0.45, 0.25}, rng);

        List<Skill> inCategory = taxonomy.inCategory(category);
        int nRequired = Math.min(inCategory.size(), 1 + rng.nextInt(3));
        int nNice = Math.min(inCategory.size() - nRequired, rng.nextInt(3));
        List<Skill> picked = Draw.weightedDistinct(inCategory, Skill::popularity, nRequired + nNice, rng);
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
        int hoursPerWeek = new int[] {10, 20, 30, 40}[Draw.weightedIndex(new double[] {0.25, 0.35, 0.2, 0.2}, rng)];
        double hourlyBudget = MEDIAN_HOURLY_KRW.get(category) * SENIORITY_RATE_MULTIPLIER[seniority]
                * (0.85 + 0.3 * client.quality()) * Draw.logNormal(rng, 0.25);
        long hourlyBudgetKrw = Math.max(MIN_HOURLY_KRW, Math.round(hourlyBudget / 1000) * 1000);
        boolean hourly = rng.nextDouble() < HOURLY_SHARE;
        long budget = hourly ? hourlyBudgetKrw
                : Math.round(hourlyBudgetKrw * hoursPerWeek * weeks * Draw.between(rng, 0.7, 1.1) / 10_000.0) * 10_000;

        Region region = REGIONS[Draw.weightedIndex(REGION_WEIGHT, rng)];
        boolean remote = region == Region.REMOTE || region == Region.ABROAD || rng.nextDouble() < 0.45;
        if (region == Region.REMOTE || region == Region.ABROAD) {
            region = client.client().region();
        }
        Instant postedAt = EPOCH.plusSeconds(
                (long) ((index + rng.nextDouble()) * HISTORY_DAYS * 86_400.0 / Math.max(1, projectCount)));
        LocalDate deadline = LocalDate.ofInstant(postedAt, ZoneOffset.UTC).plusDays(7L * weeks + 7 + rng.nextInt(21));

        Language language = languageMix.draw(rng);
        ProjectBrief brief = new ProjectBrief(category.name(), domain, requiredText, niceText, budget, hourly, weeks,
                region.nameEn(), region.nameKo(), remote);
        GeneratedText text = MarketplaceTexts.project(brief, language, Seeds.rng(seed, "project-text", index));
        String title = text.title().isBlank() ? category.nameEn() : text.title();

        Project project = new Project(id(index), client.client().id(), title, text.body(),
                language, required, nice, hourly ? BudgetType.HOURLY : BudgetType.FIXED,
                Money.krw(budget), weeks, deadline, region, remote, ProjectStatus.OPEN);
        ProjectTruth truth = new ProjectTruth(category, domain, SENIORITIES[seniority], hoursPerWeek, client.quality(),
                hourlyBudgetKrw);
        return new SimProject(index, project, postedAt, truth);
    }
}
