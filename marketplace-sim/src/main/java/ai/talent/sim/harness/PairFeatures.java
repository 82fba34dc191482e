package ai.talent.sim.harness;

import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Client;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillTaxonomy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The structured features of a project–freelancer pair, from the fields of the events alone (no text): declared
 * skill coverage and levels, rate against budget, availability, rating and record, language and place, the
 * client's history, and the project's terms. The structured-only references of the success and applicant tasks
 * learn from these; a model may reuse them.
 */
public final class PairFeatures {

    public static final List<String> NAMES = List.of("required coverage", "nice coverage", "required held share",
            "mean declared level", "log rate / budget", "over budget", "availability", "rating average", "has ratings",
            "log rating count", "log completed", "language ok", "place ok", "remote ok", "client log projects",
            "client rating given", "client verified", "log weeks", "deadline slack", "hourly", "log max years",
            "skills", "same category share", "same text language");

    /** Hours a week a fixed-price project is assumed to take when turning its budget into an hourly rate. */
    private static final double ASSUMED_HOURS_PER_WEEK = 25;

    private final SkillTaxonomy taxonomy;

    public PairFeatures(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * Declared skill coverage: the required skills' minimum levels met by the freelancer's declared levels,
     * level-weighted, each capped at 1.2 times its minimum (the one-feature rule).
     */
    public static double declaredCoverage(Project project, Freelancer freelancer) {
        double covered = 0;
        double weight = 0;
        for (SkillRequirement r : project.requiredSkills()) {
            covered += r.minLevel() * Math.min(1.2, declared(freelancer, r.skillId()) / r.minLevel());
            weight += r.minLevel();
        }
        return covered / weight;
    }

    public double[] of(Project p, Freelancer f, Client c, Instant at) {
        double nice = 0;
        double niceWeight = 0;
        for (SkillRequirement r : p.niceToHaveSkills()) {
            nice += r.minLevel() * Math.min(1.0, declared(f, r.skillId()) / r.minLevel());
            niceWeight += r.minLevel();
        }
        int held = 0;
        double levels = 0;
        for (SkillRequirement r : p.requiredSkills()) {
            double d = declared(f, r.skillId());
            if (d > 0) {
                held++;
                levels += d;
            }
        }
        double hourlyBudget = p.budgetType() == BudgetType.HOURLY ? p.budget().amount()
                : p.budget().amount() / (ASSUMED_HOURS_PER_WEEK * p.durationWeeks());
        double rateRatio = Math.log(Math.max(1, f.hourlyRate().amount()) / Math.max(1.0, hourlyBudget));
        boolean languageOk = p.language() == Language.EN ? f.spokenLanguages().contains("en")
                : f.spokenLanguages().contains("ko");
        boolean placeOk = p.remote() || f.region() == p.region()
                || (f.region().capitalArea() && p.region().capitalArea());
        long daysLeft = ChronoUnit.DAYS.between(LocalDate.ofInstant(at, ZoneOffset.UTC), p.deadline());
        double maxYears = f.skills().stream().mapToDouble(SkillLevel::years).max().orElse(0);
        var category = taxonomy.byId(p.requiredSkills().get(0).skillId()).map(Skill::category).orElse(null);
        long sameCategory = f.skills().stream()
                .filter(s -> taxonomy.byId(s.skillId()).map(Skill::category).orElse(null) == category).count();
        return new double[] {
            declaredCoverage(p, f),
            niceWeight == 0 ? 0 : nice / niceWeight,
            held / (double) p.requiredSkills().size(),
            held == 0 ? 0 : levels / held,
            rateRatio,
            rateRatio > Math.log(1.25) ? 1 : 0,
            f.availabilityHoursPerWeek() / 40.0,
            f.ratingAverage(),
            f.ratingCount() > 0 ? 1 : 0,
            Math.log1p(f.ratingCount()),
            Math.log1p(f.completedProjects()),
            languageOk ? 1 : 0,
            placeOk ? 1 : 0,
            f.remoteOk() ? 1 : 0,
            Math.log1p(c.projectsPosted()),
            c.averageRatingGiven(),
            c.paymentVerified() ? 1 : 0,
            Math.log(p.durationWeeks()),
            Math.max(-1, Math.min(3, daysLeft / (7.0 * p.durationWeeks()))),
            p.budgetType() == BudgetType.HOURLY ? 1 : 0,
            Math.log1p(maxYears),
            f.skills().size(),
            f.skills().isEmpty() ? 0 : sameCategory / (double) f.skills().size(),
            p.language() == f.textLanguage() ? 1 : 0};
    }

    private static double declared(Freelancer f, String skillId) {
        for (SkillLevel s : f.skills()) {
            if (s.skillId().equals(skillId)) {
                return s.level();
            }
        }
        return 0;
    }
}
