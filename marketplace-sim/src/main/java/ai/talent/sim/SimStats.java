package ai.talent.sim;

import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.Language;
import ai.talent.domain.skill.SkillCategory;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the simulator measures while it streams (all in constant memory): counts, rate distributions
 * per category, text language shares, text variety, hire and success rates, fit buckets, and the oracle
 * scores computed from the hidden truth.
 */
public final class SimStats {

    static final int TEXT_SAMPLE = 2_000;

    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Map<SkillCategory, RateHistogram> rates = new EnumMap<>(SkillCategory.class);
    private final Map<String, EnumMap<Language, Long>> languages = new LinkedHashMap<>();
    private final Map<String, TextVariety> variety = new LinkedHashMap<>();
    private final EnumMap<ContractOutcome, Long> outcomes = new EnumMap<>(ContractOutcome.class);
    private final FitBuckets hireByFit = new FitBuckets();
    private final FitBuckets successByFit = new FitBuckets();
    private final BinnedAuc contractAuc = new BinnedAuc();
    private final BinnedAuc attemptAuc = new BinnedAuc();
    private final Ndcg applicantNdcg = new Ndcg();
    private final Ndcg queryNdcg = new Ndcg();
    private long applicants;
    private long projectsWithHire;
    private long successes;
    private long ratingSum;
    private long correctAttempts;
    private int maxInFlight;
    private int trackedFreelancers;
    private long judgedPairs;

    void count(String what) {
        counts.merge(what, 1L, Long::sum);
    }

    void freelancer(SimFreelancer f) {
        count("freelancers");
        rates.computeIfAbsent(f.truth().category(), c -> new RateHistogram()).add(f.freelancer().hourlyRate().amount());
        language("freelancer texts", f.freelancer().textLanguage());
        variety("freelancer bios").add(f.freelancer().bio());
        variety("freelancer headlines").add(f.freelancer().headline());
    }

    void project(SimProject p, HiringResult result) {
        count("projects");
        language("project texts", p.project().language());
        variety("project descriptions").add(p.project().description());
        applicants += result.applicants().size();
        int[] ranked = result.applicants().stream()
                .sorted((a, b) -> Double.compare(b.fit(), a.fit()))
                .mapToInt(a -> a.hired() ? 1 : 0).toArray();
        applicantNdcg.add(Ndcg.at(10, ranked, new int[] {1}));
        for (Applicant a : result.applicants()) {
            hireByFit.add(a.fit(), a.hired());
        }
        if (result.hired()) {
            projectsWithHire++;
            count("contracts");
            ContractCompleted done = result.completed();
            boolean success = done.successful();
            if (success) {
                successes++;
            }
            ratingSum += done.clientRating();
            outcomes.merge(done.outcome(), 1L, Long::sum);
            successByFit.add(result.truth().fit(), success);
            contractAuc.add(result.truth().successProbability(), success);
        }
    }

    void attempt(SimAttempt a) {
        count("attempts");
        boolean correct = a.event().attempt().correct();
        if (correct) {
            correctAttempts++;
        }
        attemptAuc.add(a.truth().correctProbability(), correct);
    }

    void query(SimQuery q, double oracleNdcg, long judged) {
        count("queries");
        language("query texts", q.language());
        variety("queries").add(q.text());
        queryNdcg.add(oracleNdcg);
        judgedPairs += judged;
    }

    /** The contracts in flight at some moment (the timeline's queue), to report the largest. */
    void inFlight(int contracts) {
        maxInFlight = Math.max(maxInFlight, contracts);
    }

    /** Freelancers who earned a track record in the run (the only per-entity state). */
    void tracked(int freelancers) {
        trackedFreelancers = freelancers;
    }

    public int maxInFlight() {
        return maxInFlight;
    }

    public int trackedFreelancers() {
        return trackedFreelancers;
    }

    private void language(String what, Language language) {
        languages.computeIfAbsent(what, k -> new EnumMap<>(Language.class)).merge(language, 1L, Long::sum);
    }

    private TextVariety variety(String what) {
        return variety.computeIfAbsent(what, k -> new TextVariety(TEXT_SAMPLE));
    }

    public long count(String what, long orElse) {
        return counts.getOrDefault(what, orElse);
    }

    public Map<String, Long> counts() {
        return counts;
    }

    /** Share of texts of a kind ("freelancer texts", "project texts", "query texts") in a language. */
    public double languageShare(String what, Language language) {
        Map<Language, Long> m = languages.getOrDefault(what, new EnumMap<>(Language.class));
        long total = m.values().stream().mapToLong(Long::longValue).sum();
        return total == 0 ? 0 : m.getOrDefault(language, 0L) / (double) total;
    }

    /** Variety of a kind of text ("freelancer bios", "project descriptions", "queries", ...), or null. */
    public TextVariety textVariety(String what) {
        return variety.get(what);
    }

    public double hireRate() {
        long projects = counts.getOrDefault("projects", 0L);
        return projects == 0 ? Double.NaN : projectsWithHire / (double) projects;
    }

    public double successRate() {
        return projectsWithHire == 0 ? Double.NaN : successes / (double) projectsWithHire;
    }

    public double correctRate() {
        long n = counts.getOrDefault("attempts", 0L);
        return n == 0 ? Double.NaN : correctAttempts / (double) n;
    }

    public FitBuckets hireByFit() {
        return hireByFit;
    }

    public FitBuckets successByFit() {
        return successByFit;
    }

    /** Oracle: AUC of the true success probability against the sampled success labels. */
    public double oracleContractAuc() {
        return contractAuc.auc();
    }

    /** Oracle: mean NDCG@10 of ranking each project's applicants by true fit, against who was hired. */
    public double oracleApplicantNdcg() {
        return applicantNdcg.mean();
    }

    /** Oracle: mean NDCG@10 of ranking the pool by true relevance, against the graded judgments. */
    public double oracleQueryNdcg() {
        return queryNdcg.mean();
    }

    /** Oracle: AUC of the true correct-probability (from true mastery and difficulty) on the attempts. */
    public double oracleAttemptAuc() {
        return attemptAuc.auc();
    }

    Map<SkillCategory, RateHistogram> rates() {
        return rates;
    }

    Map<String, TextVariety> varieties() {
        return variety;
    }

    Map<String, EnumMap<Language, Long>> languages() {
        return languages;
    }

    /** The human-readable report. */
    public void print(PrintStream out) {
        out.println("== marketplace statistics ==");
        counts.forEach((k, v) -> out.printf(Locale.ROOT, "%-22s %,d%n", k, v));
        if (applicants > 0) {
            out.printf(Locale.ROOT, "%-22s %.1f per project%n", "applicants", applicants / (double) count("projects", 1));
        }
        if (!rates.isEmpty()) {
            out.println("-- hourly rate (KRW) by category: p10 / median / p90 (n)");
            rates.forEach((c, h) -> out.printf(Locale.ROOT, "%-22s %,9d / %,9d / %,9d  (%,d)%n", c.name(),
                    h.quantile(0.1), h.quantile(0.5), h.quantile(0.9), h.count()));
        }
        if (!languages.isEmpty()) {
            out.println("-- text language share: KO / EN / MIXED");
            languages.forEach((k, m) -> out.printf(Locale.ROOT, "%-22s %5.1f%% / %5.1f%% / %5.1f%%%n", k,
                    100 * languageShare(k, Language.KO), 100 * languageShare(k, Language.EN),
                    100 * languageShare(k, Language.MIXED)));
        }
        if (!variety.isEmpty()) {
            out.println("-- text variety (first " + TEXT_SAMPLE + " of each): distinct token 3-grams, distinct texts");
            variety.forEach((k, v) -> out.printf(Locale.ROOT, "%-22s %.3f, %d / %d%n", k, v.distinctTrigramRatio(),
                    v.distinctTexts(), v.textsSeen()));
        }
        if (count("projects", 0) > 0) {
            out.println("-- hiring and outcomes");
            out.printf(Locale.ROOT, "%-22s %.3f%n", "hire rate", hireRate());
            out.printf(Locale.ROOT, "%-22s %.3f%n", "success rate", successRate());
            outcomes.forEach((o, n) -> out.printf(Locale.ROOT, "%-22s %,d%n", o.name().toLowerCase(Locale.ROOT), n));
            if (projectsWithHire > 0) {
                out.printf(Locale.ROOT, "%-22s %.2f%n", "mean client rating", ratingSum / (double) projectsWithHire);
            }
            out.println("-- by latent fit bucket: applicants' hire rate | contracts' success rate");
            for (int b = 0; b < hireByFit.buckets(); b++) {
                out.printf(Locale.ROOT, "%-22s %.3f (%,d) | %.3f (%,d)%n", hireByFit.label(b), hireByFit.rate(b),
                        hireByFit.total(b), successByFit.rate(b), successByFit.total(b));
            }
        }
        if (count("attempts", 0) > 0) {
            out.printf(Locale.ROOT, "%-22s %.3f%n", "attempts correct", correctRate());
        }
        if (count("queries", 0) > 0) {
            out.printf(Locale.ROOT, "%-22s %,.0f per query (all with a non-zero relevance)%n", "judged freelancers",
                    judgedPairs / (double) count("queries", 1));
        }
        if (count("projects", 0) > 0) {
            out.printf(Locale.ROOT, "%-22s %,d contracts in flight at most, %,d freelancers with an earned record%n",
                    "held in memory", maxInFlight, trackedFreelancers);
        }
        out.println("-- oracle scores (from the hidden truth; models are reported as a fraction of these)");
        out.printf(Locale.ROOT, "%-22s %.4f%n", "success AUC", oracleContractAuc());
        out.printf(Locale.ROOT, "%-22s %.4f%n", "applicants NDCG@10", oracleApplicantNdcg());
        out.printf(Locale.ROOT, "%-22s %.4f%n", "queries NDCG@10", oracleQueryNdcg());
        out.printf(Locale.ROOT, "%-22s %.4f%n", "attempts AUC", oracleAttemptAuc());
    }

    /** The figures as one JSON object (one line), for scripts. */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{");
        counts.forEach((k, v) -> sb.append('"').append(k).append("\":").append(v).append(','));
        appendNumber(sb, "hire_rate", hireRate());
        appendNumber(sb, "success_rate", successRate());
        appendNumber(sb, "oracle_success_auc", oracleContractAuc());
        appendNumber(sb, "oracle_applicant_ndcg10", oracleApplicantNdcg());
        appendNumber(sb, "oracle_query_ndcg10", oracleQueryNdcg());
        appendNumber(sb, "oracle_attempt_auc", oracleAttemptAuc());
        languages.forEach((k, m) -> {
            for (Language l : Language.values()) {
                appendNumber(sb, k.replace(' ', '_') + "_share_" + l.name().toLowerCase(Locale.ROOT),
                        languageShare(k, l));
            }
        });
        variety.forEach((k, v) -> appendNumber(sb, k.replace(' ', '_') + "_distinct_trigram_ratio",
                v.distinctTrigramRatio()));
        if (sb.charAt(sb.length() - 1) == ',') {
            sb.setLength(sb.length() - 1);
        }
        return sb.append('}').toString();
    }

    private static void appendNumber(StringBuilder sb, String name, double value) {
        sb.append('"').append(name).append("\":")
                .append(Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.4f", value)).append(',');
    }
}
