package ai.talent.sim;

import static ai.talent.sim.MarketParameters.*;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.ProjectCloseReason;
import ai.talent.domain.event.ProjectClosed;
import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Contract;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Project;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plays out one project: the client invites freelancers it knows, others apply (mostly from the project's
 * category), everyone is regenerated from their seeds, the hire is sampled from the latent fit, and the outcome
 * from the true success probability. Depends only on the project and the seeds, so any project can be replayed
 * on demand.
 */
final class HiringSimulator {

    private final long seed;
    private final long freelancerCount;
    private final FreelancerGenerator freelancers;
    private final FitModel fitModel;

    HiringSimulator(long seed, long freelancerCount, FreelancerGenerator freelancers, FitModel fitModel) {
        this.seed = seed;
        this.freelancerCount = freelancerCount;
        this.freelancers = freelancers;
        this.fitModel = fitModel;
    }

    static String contractId(long projectIndex) {
        return "k-" + projectIndex;
    }

    HiringResult play(SimProject simProject) {
        SplittableRandom rng = Seeds.rng(seed, "hiring", simProject.index());
        Project project = simProject.project();
        List<SimFreelancer> people = sampleApplicants(simProject, rng);
        FitBreakdown[] fits = new FitBreakdown[people.size()];
        double maxFit = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < people.size(); i++) {
            fits[i] = fitModel.fit(simProject, people.get(i));
            maxFit = Math.max(maxFit, fits[i].total());
        }

        int hired = -1;
        if (rng.nextDouble() < Draw.sigmoid(HIRE_ANY_BIAS + maxFit)) {
            double[] weights = new double[fits.length];
            for (int i = 0; i < fits.length; i++) {
                weights[i] = Math.exp((fits[i].total() - maxFit) / HIRE_SOFTMAX_TEMPERATURE);
            }
            hired = Draw.weightedIndex(weights, rng);
        }
        List<Applicant> applicants = new ArrayList<>(fits.length);
        for (int i = 0; i < fits.length; i++) {
            applicants.add(new Applicant(people.get(i).freelancer().id(), round(fits[i].total()), i == hired,
                    round(fits[i].substance()), round(fits[i].declaredSubstance())));
        }

        Instant awardedAt = simProject.postedAt().plusSeconds(DAY + rng.nextInt(9 * (int) DAY));
        if (hired < 0) {
            Instant expired = project.deadline().atStartOfDay().toInstant(ZoneOffset.UTC);
            ProjectClosed closed = new ProjectClosed(Seeds.eventId(seed, "project-closed", simProject.index()),
                    expired, project.id(), ProjectCloseReason.EXPIRED);
            return new HiringResult(applicants, closed, null, null, null, -1);
        }

        SimFreelancer chosen = people.get(hired);
        String contractId = contractId(simProject.index());
        long agreed = project.budgetType() == BudgetType.HOURLY
                ? Math.round((chosen.freelancer().hourlyRate().amount() + project.budget().amount()) / 2000.0) * 1000
                : Math.max(10_000, Math.round(project.budget().amount() * Draw.between(rng, 0.85, 1.0) / 10_000.0) * 10_000);
        Contract contract = new Contract(contractId, project.id(), chosen.freelancer().id(), project.clientId(),
                Money.krw(agreed), awardedAt);
        ContractAwarded awarded = new ContractAwarded(Seeds.eventId(seed, "contract-awarded", simProject.index()),
                awardedAt, contract);
        ProjectClosed closed = new ProjectClosed(Seeds.eventId(seed, "project-closed", simProject.index()),
                awardedAt, project.id(), ProjectCloseReason.AWARDED);

        FitModel.SuccessOdds odds = fitModel.successOdds(fits[hired], simProject, chosen);
        double p = odds.probability();
        Outcomes.Ending ending = Outcomes.draw(rng.nextDouble() < p, rng);
        Instant completedAt = awardedAt.plusSeconds(
                (long) (project.durationWeeks() * 7 * DAY * ending.lengthFactor()));
        ContractCompleted completed = new ContractCompleted(
                Seeds.eventId(seed, "contract-completed", simProject.index()), completedAt, contractId, project.id(),
                contract.freelancerId(), project.clientId(), ending.outcome(), ending.rating(), completedAt);
        return new HiringResult(applicants, closed, awarded, completed,
                new ContractTruth(contractId, round(fits[hired].total()), round(p), round(odds.logit()),
                        round(odds.reliability()), round(odds.compatibility()), round(odds.client()),
                        round(SUCCESS_FIT_WEIGHT * (fits[hired].declaredSkillCoverage() - fits[hired].skillCoverage()))),
                chosen.index());
    }

    /**
     * Freelancers the client knows are invited when they work in the project's category; the rest apply on
     * their own, mostly from the project's category, and people who have none of the required skills usually
     * do not (they apply with probability {@code OFF_PROFILE_APPLY}).
     */
    private List<SimFreelancer> sampleApplicants(SimProject project, SplittableRandom rng) {
        int n = (int) Math.min(freelancerCount, MIN_APPLICANTS + rng.nextInt(MAX_APPLICANTS - MIN_APPLICANTS + 1));
        Set<Long> picked = new LinkedHashSet<>();
        List<SimFreelancer> people = new ArrayList<>(n);
        for (long known : project.client().network()) {
            if (rng.nextDouble() < NETWORK_INVITE && freelancers.categoryOf(known) == project.truth().category()
                    && picked.add(known)) {
                people.add(freelancers.generate(known, false));
            }
        }
        int guard = 0;
        while (people.size() < n && guard++ < 100 * n) {
            long index = rng.nextLong(freelancerCount);
            if (rng.nextDouble() < SAME_CATEGORY_APPLICANT_SHARE) {
                for (int tries = 0; tries < 40 && freelancers.categoryOf(index) != project.truth().category(); tries++) {
                    index = rng.nextLong(freelancerCount);
                }
            }
            if (picked.contains(index)) {
                continue;
            }
            List<String> skills = freelancers.skillIds(index);
            boolean onProfile = project.project().requiredSkills().stream().anyMatch(s -> skills.contains(s.skillId()));
            if (onProfile || rng.nextDouble() < OFF_PROFILE_APPLY || guard > 50 * n) {
                picked.add(index);
                people.add(freelancers.generate(index, false));
            }
        }
        return people;
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
