package ai.talent.sim;

import static ai.talent.sim.MarketParameters.*;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.domain.skill.SkillCategory;
import ai.talent.domain.text.RecruiterLexicon;
import ai.talent.domain.text.TextSignals;
import java.time.Instant;
import java.util.Map;

/**
 * The fit on what the suite's text reader makes of the texts: {@link Applicant#profileFit()} (the fit's substance on
 * the declared skill levels) with every term that only the texts state — role, domain, the seniority wanted against
 * the freelancer's, complexity, weekly hours, craft — computed from {@link TextSignals}' reading of the post and the
 * profile instead of the truth. The fit a perfect learner of the signals matching reads could reach: below the
 * profile's fit by what the texts leave unsaid or the reader misses, above a ranker by what the ranker has not learned.
 *
 * <p>The reading, term by term: the same role when the post and the profile name a role in common, a role of the
 * same category when they share a category, another otherwise; the same for domains; seniority as
 * {@link TextSignals#seniority} gives it, the wanted seniority and the complexity as the post states them; the weekly
 * hours the post states; craft as its expectation given the achievements the bio reads as strong, plain or modest.
 * What the texts leave unread takes the middle value: a role of the same category, a domain halfway between a match
 * and a mismatch, no seniority wanted, standard complexity, no weekly-hours shortfall.
 */
public final class ReadFit {

    /**
     * E[craft | craft + 0.45·ε &gt; 0.6] for standard normal craft and ε, the bio's strong tier as the simulator
     * writes it (the modest tier is the mirror image): the signal s has variance 1 + 0.45², E[craft | s] =
     * s / (1 + 0.45²), and E[s | s &gt; 0.6] is the mean of the normal's upper tail, integrated numerically.
     */
    static final double CRAFT_OF_OUTER_TIER = craftOfOuterTier(0.45, 0.6);

    private static final Map<String, SkillCategory> ROLE_CATEGORIES = RecruiterLexicon.standard().roleCategories();

    private ReadFit() {
    }

    /**
     * {@code profileFit} with the text-stated terms on the truth replaced by the same terms on the reading.
     *
     * @param m          the market's mechanisms (what scales role, domain, craft, seniority and workload)
     * @param profileFit the applicant's {@link Applicant#profileFit()}
     * @param freelancer the profile as it stood when the project was posted, with its headline and bio
     */
    public static double of(Mechanisms m, double profileFit, Project project, Instant postedAt, ProjectTruth pt,
                            Freelancer freelancer, FreelancerTruth ft) {
        boolean tight = FitModel.tightDeadline(postedAt, project);
        double truth = m.role() * FitModel.roleWeight(ft.roleEn().equals(pt.roleEn()), ft.category() == pt.category())
                + m.domain() * (ft.domains().contains(pt.domain()) ? DOMAIN_MATCH : DOMAIN_MISMATCH)
                + FitModel.experienceTerm(pt.seniorityWantedRank(), ft.seniorityRank())
                + FitModel.seniorityTerm(m, ft.seniorityRank(), pt.complexityRank())
                + FitModel.workloadTerm(m, pt.hoursPerWeek(), freelancer.availabilityHoursPerWeek(), tight)
                + m.craft() * CRAFT_WEIGHT * ft.craft();
        return profileFit - truth + read(m, project, postedAt, freelancer);
    }

    /** The text-stated terms of the fit on the reading of the post and the profile. */
    static double read(Mechanisms m, Project project, Instant postedAt, Freelancer freelancer) {
        TextSignals.Post post = TextSignals.standard().post(project);
        TextSignals.Profile profile = TextSignals.standard().profile(freelancer);

        double role;
        if (post.roles().isEmpty() || profile.roles().isEmpty()) {
            role = ROLE_SAME_CATEGORY;
        } else {
            role = FitModel.roleWeight(TextSignals.overlap(post.roles(), profile.roles()) > 0,
                    shareCategory(post.roles(), profile.roles()));
        }
        double domainOverlap = TextSignals.overlap(post.domains(), profile.domains());
        double domain = domainOverlap > 0 ? DOMAIN_MATCH : domainOverlap < 0 ? DOMAIN_MISMATCH
                : (DOMAIN_MATCH + DOMAIN_MISMATCH) / 2;

        int has = TextSignals.seniority(freelancer, profile);
        int wanted = post.seniorityWanted() == TextSignals.UNKNOWN ? 0 : post.seniorityWanted();
        int complexity = post.complexity() == TextSignals.UNKNOWN ? 1 : post.complexity();
        double workload = post.hoursPerWeek() <= 0 ? 0
                : FitModel.workloadTerm(m, post.hoursPerWeek(), freelancer.availabilityHoursPerWeek(),
                FitModel.tightDeadline(postedAt, project));
        int tier = profile.strongWork() > 0 ? 1 : profile.modestWork() > 0 ? -1 : 0;

        return m.role() * role + m.domain() * domain + FitModel.experienceTerm(wanted, has)
                + FitModel.seniorityTerm(m, has, complexity) + workload
                + m.craft() * CRAFT_WEIGHT * tier * CRAFT_OF_OUTER_TIER;
    }

    private static boolean shareCategory(Iterable<String> a, Iterable<String> b) {
        for (String x : a) {
            for (String y : b) {
                SkillCategory cx = ROLE_CATEGORIES.get(x);
                if (cx != null && cx == ROLE_CATEGORIES.get(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    static double craftOfOuterTier(double slack, double threshold) {
        double variance = 1 + slack * slack;
        double sd = Math.sqrt(variance);
        double mass = 0;
        double first = 0;
        for (double s = threshold; s < threshold + 12 * sd; s += 1e-4) {
            double density = Math.exp(-s * s / (2 * variance));
            mass += density;
            first += s * density;
        }
        return first / mass / variance;
    }
}
