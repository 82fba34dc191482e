package ai.talent.sim;

import static ai.talent.sim.MarketParameters.*;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.ProjectCloseReason;
import ai.talent.domain.event.ProjectClosed;
import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Contract;
import ai.talent.domain.model.ContractOutcome;
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
 * Plays out one project: samples applicants (mostly from the project's category), regenerates them from
 * their seeds, computes the latent fit, samples the hire from it, and samples the outcome from the true
 * success probability.
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

    /** The true success probability for a pair with this fit and client quality. */
    static double successProbability(double fit, double clientQuality) {
        return Draw.sigmoid(SUCCESS_BIAS + SUCCESS_FIT_WEIGHT * fit + SUCCESS_CLIENT_WEIGHT * (clientQuality - 0.6));
    }

    HiringResult play(SimProject simProject) {
        SplittableRandom rng = Seeds.rng(seed, "hiring", simProject.index());
        Project project = simProject.project();
        List<SimFreelancer> people = sampleApplicants(simProject, rng);
        double[] fits = new double[people.size()];
        double maxFit = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < people.size(); i++) {
            fits[i] = fitModel.fit(simProject, people.get(i)).total();
            maxFit = Math.max(maxFit, fits[i]);
        }

        int hired = -1;
        if (rng.nextDouble() < Draw.sigmoid(HIRE_ANY_BIAS + maxFit)) {
            double[] weights = new double[fits.length];
            for (int i = 0; i < fits.length; i++) {
                weights[i] = Math.exp((fits[i] - maxFit) / HIRE_SOFTMAX_TEMPERATURE);
            }
            hired = Draw.weightedIndex(weights, rng);
        }
        List<Applicant> applicants = new ArrayList<>(fits.length);
        for (int i = 0; i < fits.length; i++) {
            applicants.add(new Applicant(people.get(i).freelancer().id(), round(fits[i]), i == hired));
        }

        Instant awardedAt = simProject.postedAt().plusSeconds(86_400L + rng.nextInt(9 * 86_400));
        if (hired < 0) {
            Instant expired = project.deadline().atStartOfDay().toInstant(ZoneOffset.UTC);
            ProjectClosed closed = new ProjectClosed(Seeds.eventId(seed, "project-closed", simProject.index()),
                    expired, project.id(), ProjectCloseReason.EXPIRED);
            return new HiringResult(applicants, closed, null, null, null);
        }

        SimFreelancer chosen = people.get(hired);
        String contractId = contractId(simProject.index());
        long agreed = project.budgetType() == BudgetType.HOURLY
                ? Math.round((chosen.freelancer().hourlyRate().amount() + project.budget().amount()) / 2000.0) * 1000
                : Math.round(project.budget().amount() * Draw.between(rng, 0.85, 1.0) / 10_000.0) * 10_000;
        Contract contract = new Contract(contractId, project.id(), chosen.freelancer().id(), project.clientId(),
                Money.krw(agreed), awardedAt);
        ContractAwarded awarded = new ContractAwarded(Seeds.eventId(seed, "contract-awarded", simProject.index()),
                awardedAt, contract);
        ProjectClosed closed = new ProjectClosed(Seeds.eventId(seed, "project-closed", simProject.index()),
                awardedAt, project.id(), ProjectCloseReason.AWARDED);

        double p = successProbability(fits[hired], simProject.truth().clientQuality());
        boolean success = rng.nextDouble() < p;
        ContractOutcome outcome;
        int rating;
        double lengthFactor;
        if (success) {
            outcome = rng.nextDouble() < 0.85 ? ContractOutcome.COMPLETED_ON_TIME : ContractOutcome.COMPLETED_LATE;
            rating = outcome == ContractOutcome.COMPLETED_LATE ? 4 : (rng.nextDouble() < 0.7 ? 5 : 4);
            lengthFactor = outcome == ContractOutcome.COMPLETED_LATE ? Draw.between(rng, 1.1, 1.5)
                    : Draw.between(rng, 0.8, 1.0);
        } else {
            double u = rng.nextDouble();
            if (u < 0.45) {
                outcome = ContractOutcome.COMPLETED_LATE;
                rating = 1 + Draw.weightedIndex(new double[] {0.2, 0.35, 0.45}, rng);
                lengthFactor = Draw.between(rng, 1.1, 1.7);
            } else if (u < 0.8) {
                outcome = ContractOutcome.CANCELLED;
                rating = 1 + Draw.weightedIndex(new double[] {0.6, 0.4}, rng);
                lengthFactor = Draw.between(rng, 0.2, 0.7);
            } else {
                outcome = ContractOutcome.DISPUTED;
                rating = 1;
                lengthFactor = Draw.between(rng, 0.6, 1.3);
            }
        }
        Instant completedAt = awardedAt.plusSeconds((long) (project.durationWeeks() * 7 * 86_400L * lengthFactor));
        ContractCompleted completed = new ContractCompleted(
                Seeds.eventId(seed, "contract-completed", simProject.index()), completedAt, contractId, project.id(),
                contract.freelancerId(), project.clientId(), outcome, rating, completedAt);
        return new HiringResult(applicants, closed, awarded, completed,
                new ContractTruth(contractId, round(fits[hired]), round(p)));
    }

    /**
     * Applicants come mostly from the project's category, and people who have none of the required skills
     * usually do not apply (they apply with probability {@code OFF_PROFILE_APPLY}).
     */
    private List<SimFreelancer> sampleApplicants(SimProject project, SplittableRandom rng) {
        int n = (int) Math.min(freelancerCount, MIN_APPLICANTS + rng.nextInt(MAX_APPLICANTS - MIN_APPLICANTS + 1));
        Set<Long> picked = new LinkedHashSet<>();
        List<SimFreelancer> people = new ArrayList<>(n);
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
            SimFreelancer f = freelancers.generate(index, false);
            boolean onProfile = project.project().requiredSkills().stream()
                    .anyMatch(s -> f.truth().trueLevel(s.skillId()) > 0);
            if (onProfile || rng.nextDouble() < OFF_PROFILE_APPLY || guard > 50 * n) {
                picked.add(index);
                people.add(f);
            }
        }
        return people;
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
