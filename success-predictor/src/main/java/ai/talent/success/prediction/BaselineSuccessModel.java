package ai.talent.success.prediction;

import ai.talent.domain.event.FeatureContribution;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The transparent success model used until the trained ensemble arrives: a logistic function of four scaled
 * features. Each reason is the change in probability the feature causes against it being neutral, so a reader
 * can see exactly why a prediction is high or low. The range is a heuristic that widens as evidence thins; it
 * is not a calibrated interval.
 */
public final class BaselineSuccessModel {

    static final double RATING_CENTRE = 3.5;
    static final double RATING_SPREAD = 1.5;
    static final int EXPERIENCE_SATURATION = 50;
    static final int RATINGS_FOR_FULL_EVIDENCE = 10;
    static final double MIN_UNCERTAINTY = 0.05;
    static final double MAX_EXTRA_UNCERTAINTY = 0.30;

    private final double intercept;
    private final double ratingWeight;
    private final double coverageWeight;
    private final double rateFitWeight;
    private final double experienceWeight;

    public BaselineSuccessModel(double intercept, double ratingWeight, double coverageWeight, double rateFitWeight,
                                double experienceWeight) {
        this.intercept = intercept;
        this.ratingWeight = ratingWeight;
        this.coverageWeight = coverageWeight;
        this.rateFitWeight = rateFitWeight;
        this.experienceWeight = experienceWeight;
    }

    /** The features of a freelancer doing a project at an agreed rate; unknown parts count as neutral. */
    public static SuccessFeatures features(Optional<Project> project, Optional<Freelancer> freelancer,
                                           long agreedRate) {
        double rating = freelancer.filter(f -> f.ratingCount() > 0)
                .map(f -> clamp((f.ratingAverage() - RATING_CENTRE) / RATING_SPREAD))
                .orElse(0.0);
        double experience = freelancer.map(f -> 2 * Math.min(1.0,
                Math.log1p(f.completedProjects()) / Math.log1p(EXPERIENCE_SATURATION)) - 1).orElse(0.0);
        double coverage = project.flatMap(p -> freelancer.map(f -> 2 * coverage(p, f) - 1)).orElse(0.0);
        double rateFit = project.map(p -> 2 * rateFit(p.budget().amount(), agreedRate) - 1).orElse(0.0);
        double evidence = (freelancer.isPresent() ? 0.3 : 0) + (project.isPresent() ? 0.3 : 0)
                + 0.4 * freelancer.map(f -> Math.min(1.0, (double) f.ratingCount() / RATINGS_FOR_FULL_EVIDENCE))
                .orElse(0.0);
        return new SuccessFeatures(rating, coverage, rateFit, experience, evidence);
    }

    public Prediction predict(SuccessFeatures x) {
        double[] terms = {ratingWeight * x.rating(), coverageWeight * x.coverage(), rateFitWeight * x.rateFit(),
                experienceWeight * x.experience()};
        String[] names = {"freelancer_rating", "skill_coverage", "rate_fit", "experience"};
        double z = intercept;
        for (double t : terms) {
            z += t;
        }
        double p = sigmoid(z);
        List<FeatureContribution> reasons = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            reasons.add(new FeatureContribution(names[i], p - sigmoid(z - terms[i])));
        }
        reasons.sort(Comparator.comparingDouble((FeatureContribution r) -> Math.abs(r.contribution())).reversed());
        double uncertainty = MIN_UNCERTAINTY + MAX_EXTRA_UNCERTAINTY * (1 - x.evidence());
        return new Prediction(p, Math.max(0, p - uncertainty), Math.min(1, p + uncertainty), uncertainty,
                List.copyOf(reasons));
    }

    /** Mean over required skills of min(1, held level / required level); a missing skill counts 0. */
    static double coverage(Project project, Freelancer freelancer) {
        double sum = 0;
        for (SkillRequirement r : project.requiredSkills()) {
            int level = freelancer.skills().stream().filter(s -> s.skillId().equals(r.skillId()))
                    .mapToInt(SkillLevel::level).max().orElse(0);
            sum += Math.min(1.0, (double) level / r.minLevel());
        }
        return sum / project.requiredSkills().size();
    }

    /** 1 within budget, falling with the square of the overshoot ratio beyond it. */
    static double rateFit(long budget, long agreedRate) {
        if (agreedRate <= budget) {
            return 1.0;
        }
        double ratio = (double) budget / agreedRate;
        return ratio * ratio;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double clamp(double v) {
        return Math.max(-1, Math.min(1, v));
    }
}
