package ai.talent.search.query;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillTaxonomy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Baseline talent search by term matching: each query term scores by the most telling field it appears in
 * (skill over headline over region over bio), and freelancers matching more of the query rank higher. A term
 * naming a skill in any of its taxonomy names or aliases ("리액트", "ReactJS") matches that skill. The BM25 +
 * dense retrieval of a later issue replaces it.
 */
public final class TokenSearch {

    static final double SKILL_WEIGHT = 3.0;
    static final double HEADLINE_WEIGHT = 2.0;
    static final double REGION_WEIGHT = 1.5;
    static final double BIO_WEIGHT = 1.0;

    private final SkillTaxonomy taxonomy;

    public TokenSearch(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The best {@code limit} freelancers for the query, best first; freelancers matching no term are left out. */
    public List<SearchHit> search(String query, Collection<Freelancer> freelancers, int limit) {
        List<String> queryTerms = Tokenizer.terms(query).stream().distinct().toList();
        if (queryTerms.isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Freelancer f : freelancers) {
            Map<String, Double> fieldTerms = fieldTerms(f);
            double score = 0;
            List<String> matched = new ArrayList<>();
            for (String q : queryTerms) {
                String skillId = taxonomy.find(q).map(Skill::id).orElse(null);
                double best = skillId != null && hasSkill(f, skillId) ? SKILL_WEIGHT : 0;
                for (Map.Entry<String, Double> e : fieldTerms.entrySet()) {
                    if (e.getValue() > best && Tokenizer.matches(q, e.getKey())) {
                        best = e.getValue();
                    }
                }
                if (best > 0) {
                    score += best;
                    matched.add(q);
                }
            }
            if (!matched.isEmpty()) {
                double coverage = (double) matched.size() / queryTerms.size();
                hits.add(new SearchHit(f.id(), f.displayName(), f.headline(), score * coverage, List.copyOf(matched)));
            }
        }
        return hits.stream()
                .sorted(Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(SearchHit::freelancerId))
                .limit(limit)
                .toList();
    }

    private static boolean hasSkill(Freelancer f, String skillId) {
        return f.skills().stream().anyMatch(s -> s.skillId().equals(skillId));
    }

    /** Every term of the freelancer's profile with the weight of the most telling field it occurs in. */
    private static Map<String, Double> fieldTerms(Freelancer f) {
        Map<String, Double> terms = new LinkedHashMap<>();
        add(terms, f.bio(), BIO_WEIGHT);
        add(terms, f.region().nameEn() + " " + f.region().nameKo(), REGION_WEIGHT);
        add(terms, f.headline(), HEADLINE_WEIGHT);
        for (SkillLevel s : f.skills()) {
            add(terms, s.skillId(), SKILL_WEIGHT);
        }
        return terms;
    }

    private static void add(Map<String, Double> terms, String text, double weight) {
        for (String t : Tokenizer.terms(text)) {
            terms.merge(t, weight, Math::max);
        }
    }
}
