package ai.talent.matching.scoring;

import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The transparent ranking used until the learned ranker arrives: skill coverage weighted by how far the
 * freelancer's level reaches each required minimum (nice-to-have skills count less), blended with how well
 * the freelancer's rate fits the budget.
 */
public final class BaselineScorer {

    private final double skillWeight;
    private final double niceToHaveWeight;
    private final int fixedBudgetHoursPerWeek;

    public BaselineScorer(double skillWeight, double niceToHaveWeight, int fixedBudgetHoursPerWeek) {
        if (skillWeight < 0 || skillWeight > 1) {
            throw new IllegalArgumentException("matching.skill-weight must be 0–1, was " + skillWeight);
        }
        this.skillWeight = skillWeight;
        this.niceToHaveWeight = niceToHaveWeight;
        this.fixedBudgetHoursPerWeek = fixedBudgetHoursPerWeek;
    }

    /**
     * The best {@code limit} candidates, best first; freelancers holding none of the required skills are not
     * candidates. Ties go to the lower id so that rankings are reproducible.
     */
    public List<MatchScore> rank(ProjectNeeds needs, Collection<Freelancer> freelancers, int limit) {
        return freelancers.stream()
                .map(f -> score(needs, f))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingDouble(MatchScore::score).reversed()
                        .thenComparing(MatchScore::freelancerId))
                .limit(limit)
                .toList();
    }

    /** The freelancer's score, or empty when they hold none of the required skills. */
    public Optional<MatchScore> score(ProjectNeeds needs, Freelancer freelancer) {
        Map<String, SkillLevel> held = freelancer.skills().stream()
                .collect(Collectors.toMap(SkillLevel::skillId, Function.identity(), (a, b) -> a.level() >= b.level() ? a : b));
        long requiredHeld = needs.requiredSkills().stream().filter(r -> held.containsKey(r.skillId())).count();
        if (requiredHeld == 0) {
            return Optional.empty();
        }
        double credit = 0;
        double weight = 0;
        for (SkillRequirement r : needs.requiredSkills()) {
            credit += levelCredit(held.get(r.skillId()), r);
            weight += 1.0;
        }
        for (SkillRequirement r : needs.niceToHaveSkills()) {
            credit += niceToHaveWeight * levelCredit(held.get(r.skillId()), r);
            weight += niceToHaveWeight;
        }
        double coverage = credit / weight;
        double rateFit = rateFit(needs, freelancer.hourlyRate().amount());
        double score = skillWeight * coverage + (1 - skillWeight) * rateFit;

        List<String> reasons = new ArrayList<>();
        reasons.add("holds " + requiredHeld + " of " + needs.requiredSkills().size() + " required skills ("
                + needs.requiredSkills().stream().map(r -> describe(held.get(r.skillId()), r))
                .collect(Collectors.joining(", ")) + ")");
        reasons.add(describeRate(needs, freelancer.hourlyRate().amount(), rateFit));
        return Optional.of(new MatchScore(freelancer.id(), score, coverage, rateFit, List.copyOf(reasons)));
    }

    /** Full credit at or above the minimum level, proportionally less below it. */
    private static double levelCredit(SkillLevel held, SkillRequirement required) {
        return held == null ? 0.0 : Math.min(1.0, (double) held.level() / required.minLevel());
    }

    /** 1 when the rate is within budget, falling with the square of the overshoot ratio beyond it. */
    double rateFit(ProjectNeeds needs, long hourlyRate) {
        double cost = needs.budgetType() == BudgetType.HOURLY
                ? hourlyRate
                : (double) hourlyRate * needs.durationWeeks() * fixedBudgetHoursPerWeek;
        if (cost <= needs.budgetKrw()) {
            return 1.0;
        }
        double ratio = needs.budgetKrw() / cost;
        return ratio * ratio;
    }

    private static String describe(SkillLevel held, SkillRequirement required) {
        return required.skillId() + " " + (held == null ? "missing" : held.level() + "/" + required.minLevel());
    }

    private String describeRate(ProjectNeeds needs, long hourlyRate, double fit) {
        NumberFormat krw = NumberFormat.getIntegerInstance(Locale.ROOT);
        String budget = needs.budgetType() == BudgetType.HOURLY
                ? krw.format(needs.budgetKrw()) + " KRW/h budget"
                : krw.format(needs.budgetKrw()) + " KRW fixed budget over " + needs.durationWeeks() + " weeks";
        String rate = krw.format(hourlyRate) + " KRW/h";
        return fit >= 1.0 ? "rate " + rate + " fits the " + budget
                : "rate " + rate + " exceeds the " + budget + " (rate fit " + String.format(Locale.ROOT, "%.2f", fit) + ")";
    }
}
