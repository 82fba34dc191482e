package ai.talent.sim;

import static ai.talent.sim.MarketParameters.*;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The ground truth of who suits a project and whether the work succeeds. The fit adds skill coverage on true
 * (not declared) levels, the rate against the budget (with a threshold), experience, weekly hours against a
 * deadline's tightness, language, place, and — each scaled by its {@link Mechanisms} strength — role, domain,
 * craft, seniority × complexity and the compatibility felt in an interview, plus a per-pair noise that no
 * feature explains. The true success probability adds the freelancer's reliability, the hidden compatibility
 * and the client's quality to the fit's substance.
 */
final class FitModel {

    private final long seed;
    private final Mechanisms m;

    FitModel(long seed, Mechanisms mechanisms) {
        this.seed = seed;
        this.m = mechanisms;
    }

    FitBreakdown fit(SimProject simProject, SimFreelancer simFreelancer) {
        Project project = simProject.project();
        ProjectTruth pt = simProject.truth();
        Freelancer f = simFreelancer.freelancer();
        FreelancerTruth ft = simFreelancer.truth();

        double skill = skillTerm(project, ft::trueLevel);
        // the same term on the levels the profile declares: what a reader of the profile can know of it
        double declaredSkill = skillTerm(project, id -> declaredLevel(f, id));

        double ratio = (double) Math.max(1, f.hourlyRate().amount()) / Math.max(1, pt.hourlyBudgetKrw());
        double rate = -RATE_SMOOTH_WEIGHT * Math.max(0, Math.log(ratio))
                - m.rate() * (ratio > RATE_OVER_THRESHOLD ? RATE_OVER_PENALTY
                : ratio < RATE_UNDER_THRESHOLD ? RATE_UNDER_PENALTY : 0);

        int has = ft.seniorityRank();
        double experience = experienceTerm(pt.seniorityWantedRank(), has);
        double seniority = seniorityTerm(m, has, pt.complexityRank());
        double workload = workloadTerm(m, pt.hoursPerWeek(), f.availabilityHoursPerWeek(), tightDeadline(simProject));

        double language = 0;
        if (project.language() != Language.EN && !f.spokenLanguages().contains("ko")) {
            language = -1.0;
        } else if (project.language() == Language.EN && !f.spokenLanguages().contains("en")) {
            language = -0.6;
        }

        double region = 0;
        if (!project.remote()) {
            if (f.region() == project.region()) {
                region = 0.1;
            } else if (!bothInCapitalArea(f.region(), project.region())) {
                region = f.remoteOk() ? -0.3 : -0.8;
            }
        }

        double role = m.role() * roleWeight(ft.roleEn().equals(pt.roleEn()), ft.category() == pt.category());
        double domain = m.domain() * (ft.domains().contains(pt.domain()) ? DOMAIN_MATCH : DOMAIN_MISMATCH);
        double craft = m.craft() * CRAFT_WEIGHT * ft.craft();
        double compatibility = m.compatibility() * COMPATIBILITY_HIRE_WEIGHT
                * compatibility(simProject.client().truth(), ft);
        double noise = FIT_NOISE_SIGMA * Seeds.gaussian(seed, "fit-noise", simProject.index(), simFreelancer.index());
        double total = skill + rate + experience + workload + language + region + role + domain + craft + seniority
                + compatibility + noise;
        return new FitBreakdown(skill, rate, experience, workload, language, region, role, domain, craft, seniority,
                compatibility, noise, total, declaredSkill);
    }

    static double roleWeight(boolean sameRole, boolean sameCategory) {
        return sameRole ? ROLE_SAME : sameCategory ? ROLE_SAME_CATEGORY : ROLE_OTHER_CATEGORY;
    }

    static double experienceTerm(int seniorityWanted, int seniority) {
        return -EXPERIENCE_GAP_PENALTY * Math.max(0, seniorityWanted - seniority);
    }

    static double seniorityTerm(Mechanisms m, int seniority, int complexity) {
        return m.seniority() * SENIORITY_BY_COMPLEXITY[seniority][complexity];
    }

    /** The weekly hours a freelancer lacks, as a share of those wanted, weighing more under a tight deadline. */
    static double workloadTerm(Mechanisms m, int hoursWanted, int hoursAvailable, boolean tight) {
        double shortfall = Math.max(0, hoursWanted - hoursAvailable) / (double) hoursWanted;
        return -WORKLOAD_BASE_PENALTY * shortfall
                - m.workload() * shortfall * (tight ? WORKLOAD_TIGHT_PENALTY : WORKLOAD_LOOSE_PENALTY);
    }

    private static double skillTerm(Project project, ToDoubleFunction<String> level) {
        double required = coverage(project.requiredSkills(), level, 1.2);
        double nice = project.niceToHaveSkills().isEmpty() ? 0 : coverage(project.niceToHaveSkills(), level, 1.0);
        return SKILL_REQUIRED_WEIGHT * required + SKILL_BIAS + SKILL_NICE_WEIGHT * nice;
    }

    private static double declaredLevel(Freelancer f, String skillId) {
        for (SkillLevel s : f.skills()) {
            if (s.skillId().equals(skillId)) {
                return s.level();
            }
        }
        return 0;
    }

    /** The true log-odds that the contract succeeds with this freelancer, with its hidden terms apart. */
    SuccessOdds successOdds(FitBreakdown fit, SimProject project, SimFreelancer freelancer) {
        FreelancerTruth ft = freelancer.truth();
        ClientTruth ct = project.client().truth();
        double reliability = m.reliability() * SUCCESS_RELIABILITY_WEIGHT
                * (ft.reliability() - RELIABILITY_MEAN) / RELIABILITY_SD;
        double compatibility = m.compatibility() * SUCCESS_COMPATIBILITY_WEIGHT * compatibility(ct, ft);
        double client = SUCCESS_CLIENT_WEIGHT * (ct.quality() - CLIENT_QUALITY_MEAN) / CLIENT_QUALITY_SD;
        double z = SUCCESS_BIAS + SUCCESS_FIT_WEIGHT * fit.substance()
                + m.craft() * SUCCESS_CRAFT_WEIGHT * ft.craft()
                + m.seniority() * SUCCESS_SENIORITY_WEIGHT
                        * SENIORITY_BY_COMPLEXITY[ft.seniorityRank()][project.truth().complexityRank()]
                + reliability + compatibility + client;
        return new SuccessOdds(z, reliability, compatibility, client);
    }

    /** The success log-odds {@code logit} and its three hidden terms (see {@link ContractTruth}). */
    record SuccessOdds(double logit, double reliability, double compatibility, double client) {

        double probability() {
            return Draw.sigmoid(logit);
        }
    }

    /** The hidden compatibility of a client and a freelancer: a scaled dot product, about standard normal. */
    static double compatibility(ClientTruth client, FreelancerTruth freelancer) {
        double dot = 0;
        for (int k = 0; k < client.compatibility().size(); k++) {
            dot += client.compatibility().get(k) * freelancer.compatibility().get(k);
        }
        return dot / Math.sqrt(client.compatibility().size());
    }

    /** Whether the days from an expected award to the deadline leave little slack for the weeks of work. */
    static boolean tightDeadline(SimProject p) {
        return tightDeadline(p.postedAt(), p.project());
    }

    static boolean tightDeadline(java.time.Instant postedAt, Project project) {
        LocalDate expectedStart = LocalDate.ofInstant(postedAt, ZoneOffset.UTC).plusDays(5);
        long daysLeft = ChronoUnit.DAYS.between(expectedStart, project.deadline());
        return daysLeft < TIGHT_DEADLINE_SLACK * 7 * project.durationWeeks();
    }

    /** Level-weighted share of the skills covered, each capped at {@code cap} times the required level. */
    private static double coverage(List<SkillRequirement> skills, ToDoubleFunction<String> level, double cap) {
        double covered = 0;
        double weight = 0;
        for (SkillRequirement s : skills) {
            covered += s.minLevel() * Math.min(cap, level.applyAsDouble(s.skillId()) / s.minLevel());
            weight += s.minLevel();
        }
        return covered / weight;
    }
}
