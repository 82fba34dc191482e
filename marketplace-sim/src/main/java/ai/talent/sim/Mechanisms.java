package ai.talent.sim;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The strength of each mechanism of the hidden truth, as a multiplier of its documented effect: 1 is the
 * default market, 0 turns the mechanism off, 2 doubles it. The README's truth table names each one; the
 * mechanism tests turn them on and off.
 *
 * @param role          a freelancer's role against the role the project needs (stated only in text)
 * @param domain        experience in the project's business domain (stated only in text, sometimes implied)
 * @param craft         how good a freelancer's past work was (stated only through the achievements in the bio)
 * @param seniority     seniority × project complexity (complexity is stated only in the project's text)
 * @param workload      deadline tightness × the shortfall of weekly hours (hours needed are stated only in text)
 * @param rate          a threshold on the freelancer's rate against the budget
 * @param compatibility a hidden low-rank client–freelancer compatibility (revealed by repeat hires and ratings)
 * @param reliability   a hidden reliability, revealed only through outcomes and the ratings they earn
 * @param skillNoise    alias variants, abbreviations and misspellings of skill names in free text
 * @param prerequisites how much weak prerequisites slow the growth of a skill's mastery
 * @param decay         forgetting without practice (0: mastery never decays)
 * @param difficulty    the spread of exercise difficulty (0: every exercise is of middle difficulty)
 * @param searchProfile whether search relevance judges the freelancer's role and domains as well as skills
 */
public record Mechanisms(
        double role,
        double domain,
        double craft,
        double seniority,
        double workload,
        double rate,
        double compatibility,
        double reliability,
        double skillNoise,
        double prerequisites,
        double decay,
        double difficulty,
        double searchProfile) {

    public Mechanisms {
        for (Map.Entry<String, Double> e : asMap(role, domain, craft, seniority, workload, rate, compatibility,
                reliability, skillNoise, prerequisites, decay, difficulty, searchProfile).entrySet()) {
            if (!(e.getValue() >= 0 && e.getValue() <= 5)) {
                throw new IllegalArgumentException("mechanism " + e.getKey() + " must be a strength from 0 to 5, was "
                        + e.getValue());
            }
        }
    }

    /** The default market: every mechanism at strength 1. */
    public static Mechanisms defaults() {
        return new Mechanisms(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    }

    /** Every mechanism off: fit is skills, rate, language and place; learning is plain growth. */
    public static Mechanisms none() {
        return new Mechanisms(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The mechanisms by their names (as on the command line: {@code role}, {@code skill-noise}, ...). */
    public Map<String, Double> byName() {
        return asMap(role, domain, craft, seniority, workload, rate, compatibility, reliability, skillNoise,
                prerequisites, decay, difficulty, searchProfile);
    }

    /** The same mechanisms with one changed, by its name. */
    public Mechanisms with(String name, double strength) {
        Map<String, Double> m = byName();
        if (!m.containsKey(name)) {
            throw new IllegalArgumentException("unknown mechanism '" + name + "'; known: " + m.keySet());
        }
        m.put(name, strength);
        return new Mechanisms(m.get("role"), m.get("domain"), m.get("craft"), m.get("seniority"), m.get("workload"),
                m.get("rate"), m.get("compatibility"), m.get("reliability"), m.get("skill-noise"),
                m.get("prerequisites"), m.get("decay"), m.get("difficulty"), m.get("search-profile"));
    }

    /** Applies {@code name=strength[,name=strength...]} to these mechanisms. */
    public Mechanisms parse(String assignments) {
        Mechanisms out = this;
        for (String part : assignments.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("a mechanism is set as name=strength, was '" + p + "'");
            }
            String name = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            try {
                out = out.with(name, Double.parseDouble(p.substring(eq + 1).strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("mechanism " + name + ": strength must be a number, was '"
                        + p.substring(eq + 1) + "'");
            }
        }
        return out;
    }

    private static Map<String, Double> asMap(double role, double domain, double craft, double seniority,
                                             double workload, double rate, double compatibility, double reliability,
                                             double skillNoise, double prerequisites, double decay,
                                             double difficulty, double searchProfile) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("role", role);
        m.put("domain", domain);
        m.put("craft", craft);
        m.put("seniority", seniority);
        m.put("workload", workload);
        m.put("rate", rate);
        m.put("compatibility", compatibility);
        m.put("reliability", reliability);
        m.put("skill-noise", skillNoise);
        m.put("prerequisites", prerequisites);
        m.put("decay", decay);
        m.put("difficulty", difficulty);
        m.put("search-profile", searchProfile);
        return m;
    }
}
