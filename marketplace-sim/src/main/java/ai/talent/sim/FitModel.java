package ai.talent.sim;

import static ai.talent.sim.MarketParameters.FIT_NOISE_SIGMA;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillRequirement;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The ground truth of who suits a project: skill coverage weighted by the required level (on true, not
 * declared, levels), rate against budget, experience and seniority, weekly hours, language, place, the
 * client's quality, the freelancer's reliability, and a per-pair noise that no feature explains.
 */
final class FitModel {

    private static final Set<Region> CAPITAL_AREA = EnumSet.of(Region.SEOUL, Region.GYEONGGI, Region.INCHEON);

    private final long seed;

    FitModel(long seed) {
        this.seed = seed;
    }

    FitBreakdown fit(SimProject simProject, SimFreelancer simFreelancer) {
        Project project = simProject.project();
        ProjectTruth pt = simProject.truth();
        Freelancer f = simFreelancer.freelancer();
        FreelancerTruth ft = simFreelancer.truth();

        double required = coverage(project.requiredSkills(), ft, 1.2);
        double nice = project.niceToHaveSkills().isEmpty() ? 0 : coverage(project.niceToHaveSkills(), ft, 1.0);
        double skill = 3.0 * required - 1.9 + 0.4 * nice;

        double r = Math.log((double) Math.max(1, f.hourlyRate().amount()) / Math.max(1, pt.hourlyBudgetKrw()));
        double rate = -1.4 * Math.max(0, r) - 0.3 * Math.max(0, -r - 0.6);

        int wanted = seniorityRank(pt.seniorityWanted());
        int has = seniorityRank(ft.seniority());
        double experience = 0.5 * Math.log1p(ft.totalYears()) / Math.log(16) - 0.25 - 0.4 * Math.max(0, wanted - has);

        double workload = f.availabilityHoursPerWeek() >= pt.hoursPerWeek() ? 0
                : -0.8 * (pt.hoursPerWeek() - f.availabilityHoursPerWeek()) / (double) pt.hoursPerWeek();

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
            } else if (!(CAPITAL_AREA.contains(f.region()) && CAPITAL_AREA.contains(project.region()))) {
                region = f.remoteOk() ? -0.3 : -0.8;
            }
        }

        double client = 0.4 * (pt.clientQuality() - 0.6);
        double reliability = 1.2 * (ft.reliability() - 0.68);
        double noise = FIT_NOISE_SIGMA * Seeds.gaussian(seed, "fit-noise", simProject.index(), simFreelancer.index());
        double total = skill + rate + experience + workload + language + region + client + reliability + noise;
        return new FitBreakdown(skill, rate, experience, workload, language, region, client, reliability, noise, total);
    }

    /** Level-weighted share of the skills covered, each capped at {@code cap} times the required level. */
    private static double coverage(List<SkillRequirement> skills, FreelancerTruth truth, double cap) {
        double covered = 0;
        double weight = 0;
        for (SkillRequirement s : skills) {
            covered += s.minLevel() * Math.min(cap, truth.trueLevel(s.skillId()) / s.minLevel());
            weight += s.minLevel();
        }
        return covered / weight;
    }

    static int seniorityRank(String seniority) {
        return switch (seniority) {
            case "junior" -> 0;
            case "mid" -> 1;
            default -> 2;
        };
    }
}
