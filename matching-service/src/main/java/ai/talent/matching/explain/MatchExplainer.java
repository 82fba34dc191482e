package ai.talent.matching.explain;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.matching.rank.FreelancerActivity;
import ai.talent.matching.rank.MatchFeature;
import ai.talent.matching.rank.MatchFeatures;
import ai.talent.matching.rank.MatchQuery;
import ai.talent.matching.rank.Ranker;
import ai.talent.matching.text.MatchTexts;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** Explains matches: evidence on skills and rate, the ranker's attributions, and what would raise a match. */
public final class MatchExplainer {

    private static final double SMALL = 0.005;

    private final MatchTexts texts;
    private final MatchFeatures features;

    public MatchExplainer(MatchTexts texts, MatchFeatures features) {
        this.texts = texts;
        this.features = features;
    }

    public MatchExplanation explain(MatchQuery q, Freelancer f, float[] x, Ranker ranker, int topN) {
        Map<String, SkillLevel> held = MatchFeatures.held(f);
        List<SkillEvidence> matched = new ArrayList<>();
        List<SkillEvidence> missing = new ArrayList<>();
        evidence(q.required(), true, held, matched, missing);
        evidence(q.niceToHave(), false, held, matched, missing);
        RateFit rate = rateFit(q, f);
        float[] c = ranker.contributions(x);
        List<Contribution> contributions = new ArrayList<>();
        for (MatchFeature feature : MatchFeature.values()) {
            contributions.add(new Contribution(feature.name(), feature.group(), c[feature.ordinal()]));
        }
        contributions.sort(Comparator.comparingDouble((Contribution k) -> Math.abs(k.value())).reversed());
        List<Contribution> top = contributions.stream().filter(k -> Math.abs(k.value()) >= SMALL).limit(topN)
                .toList();
        return new MatchExplanation(matched, missing, rate, top, reasons(q, matched, missing, rate, contributions));
    }

    /**
     * The missing (or under-level) skills of the project that would raise the freelancer's score most, each with the
     * ranker's gain and the rank it would give among {@code otherScores} (the other candidates' scores).
     */
    public List<Improvement> improvements(MatchQuery q, Freelancer f, double similarity, FreelancerActivity activity,
                                          OptionalDouble predicted, Ranker ranker, double[] otherScores, int topN) {
        Map<String, SkillLevel> held = MatchFeatures.held(f);
        float[] now = features.of(q, f, similarity, activity, predicted);
        List<SkillRequirement> wanted = new ArrayList<>(q.required());
        wanted.addAll(q.niceToHave());
        List<Freelancer> variants = new ArrayList<>();
        List<SkillRequirement> changed = new ArrayList<>();
        for (SkillRequirement r : wanted) {
            SkillLevel s = held.get(r.skillId());
            if (s != null && s.level() >= r.minLevel()) {
                continue;
            }
            variants.add(withSkill(f, r));
            changed.add(r);
        }
        if (variants.isEmpty()) {
            return List.of();
        }
        float[][] x = new float[variants.size() + 1][];
        x[0] = now;
        for (int i = 0; i < variants.size(); i++) {
            x[i + 1] = features.of(q, variants.get(i), similarity, activity, predicted);
        }
        float[] scores = ranker.score(x);
        int rankNow = rankAmong(scores[0], otherScores);
        List<Improvement> out = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            SkillRequirement r = changed.get(i);
            double gain = scores[i + 1] - scores[0];
            out.add(new Improvement(r.skillId(), texts.name(r.skillId()), q.required().contains(r), gain, rankNow,
                    rankAmong(scores[i + 1], otherScores)));
        }
        out.sort(Comparator.comparingDouble(Improvement::scoreGain).reversed());
        return out.stream().filter(i -> i.scoreGain() > 0).limit(topN).toList();
    }

    private static int rankAmong(double score, double[] others) {
        int better = 0;
        for (double o : others) {
            if (o > score) {
                better++;
            }
        }
        return better + 1;
    }

    private static Freelancer withSkill(Freelancer f, SkillRequirement r) {
        List<SkillLevel> skills = new ArrayList<>();
        double years = 1.0;
        for (SkillLevel s : f.skills()) {
            if (s.skillId().equals(r.skillId())) {
                years = Math.max(years, s.years());
            } else {
                skills.add(s);
            }
        }
        skills.add(new SkillLevel(r.skillId(), r.minLevel(), years));
        return new Freelancer(f.id(), f.displayName(), f.headline(), f.bio(), f.textLanguage(), skills,
                f.hourlyRate(), f.region(), f.remoteOk(), f.spokenLanguages(), f.availabilityHoursPerWeek(),
                f.ratingAverage(), f.ratingCount(), f.completedProjects());
    }

    private void evidence(List<SkillRequirement> asked, boolean required, Map<String, SkillLevel> held,
                          List<SkillEvidence> matched, List<SkillEvidence> missing) {
        for (SkillRequirement r : asked) {
            SkillLevel s = held.get(r.skillId());
            SkillEvidence e = new SkillEvidence(r.skillId(), texts.name(r.skillId()), s == null ? null : s.level(),
                    r.minLevel(), required);
            (s == null ? missing : matched).add(e);
        }
    }

    private RateFit rateFit(MatchQuery q, Freelancer f) {
        long budget = Math.round(features.budgets().hourly(q));
        long rate = f.hourlyRate().amount();
        double ratio = budget <= 0 ? Double.POSITIVE_INFINITY : (double) rate / budget;
        NumberFormat krw = NumberFormat.getIntegerInstance(Locale.ROOT);
        String verdict;
        if (ratio <= 1.0) {
            verdict = "rate " + krw.format(rate) + " KRW/h fits the budget of " + krw.format(budget) + " KRW/h";
        } else {
            verdict = String.format(Locale.ROOT, "rate %s KRW/h is %.0f%% above the budget of %s KRW/h",
                    krw.format(rate), (ratio - 1) * 100, krw.format(budget));
        }
        return new RateFit(rate, budget, Double.isInfinite(ratio) ? 0 : ratio, verdict);
    }

    private static List<String> reasons(MatchQuery q, List<SkillEvidence> matched, List<SkillEvidence> missing,
                                        RateFit rate, List<Contribution> contributions) {
        List<String> reasons = new ArrayList<>();
        long requiredHeld = matched.stream().filter(SkillEvidence::required).count();
        StringBuilder skills = new StringBuilder("holds " + requiredHeld + " of " + q.required().size()
                + " required skills");
        if (!matched.isEmpty()) {
            skills.append(" (");
            for (int i = 0; i < matched.size(); i++) {
                SkillEvidence e = matched.get(i);
                skills.append(i == 0 ? "" : ", ").append(e.name()).append(' ').append(e.level()).append('/')
                        .append(e.minLevel());
            }
            skills.append(')');
        }
        reasons.add(skills.toString());
        List<String> missingRequired = missing.stream().filter(SkillEvidence::required).map(SkillEvidence::name)
                .toList();
        if (!missingRequired.isEmpty()) {
            reasons.add("missing required: " + String.join(", ", missingRequired));
        }
        reasons.add(rate.verdict());
        Map<String, Double> byGroup = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            byGroup.merge(c.group(), c.value(), Double::sum);
        }
        List<Map.Entry<String, Double>> groups = new ArrayList<>(byGroup.entrySet());
        groups.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> Math.abs(e.getValue())).reversed());
        StringBuilder factors = new StringBuilder("rank drivers:");
        int shown = 0;
        for (Map.Entry<String, Double> e : groups) {
            if (shown == 3 || Math.abs(e.getValue()) < SMALL) {
                break;
            }
            factors.append(shown == 0 ? " " : ", ").append(e.getKey())
                    .append(String.format(Locale.ROOT, " %+.2f", e.getValue()));
            shown++;
        }
        if (shown > 0) {
            reasons.add(factors.toString());
        }
        return reasons;
    }
}
