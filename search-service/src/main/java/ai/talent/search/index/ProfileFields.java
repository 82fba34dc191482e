package ai.talent.search.index;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillCategory;
import ai.talent.domain.skill.SkillTaxonomy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What both back ends derive from a profile in the same way, so that they index and score alike: years of
 * experience, main category, the skill names as searchable text, the level-weighted skill tokens, and the
 * rating shrunk towards the marketplace mean for ordering.
 */
public final class ProfileFields {

    /** Ratings count as this many prior ratings at {@link #PRIOR_RATING} when ordering by rating. */
    static final double PRIOR_COUNT = 3;
    static final double PRIOR_RATING = 4.0;

    private ProfileFields() {
    }

    /** Years of experience: the longest any declared skill has been used. */
    public static double years(Freelancer f) {
        double max = 0;
        for (SkillLevel s : f.skills()) {
            max = Math.max(max, s.years());
        }
        return max;
    }

    /** The category most of the freelancer's skills belong to (first listed wins ties), or null without skills. */
    public static SkillCategory category(Freelancer f, SkillTaxonomy taxonomy) {
        Map<SkillCategory, Integer> counts = new EnumMap<>(SkillCategory.class);
        SkillCategory best = null;
        int bestCount = 0;
        for (SkillLevel s : f.skills()) {
            SkillCategory c = taxonomy.byId(s.skillId()).map(Skill::category).orElse(null);
            if (c != null) {
                int n = counts.merge(c, 1, Integer::sum);
                if (n > bestCount) {
                    best = c;
                    bestCount = n;
                }
            }
        }
        return best;
    }

    /** English and Korean names and aliases of the declared skills, one per line, for full-text search. */
    public static String skillNames(Freelancer f, SkillTaxonomy taxonomy) {
        StringBuilder text = new StringBuilder();
        for (SkillLevel s : f.skills()) {
            text.append(skillNames(s.skillId(), taxonomy));
        }
        return text.toString();
    }

    /** One skill's part of {@link #skillNames(Freelancer, SkillTaxonomy)}: its names and aliases, one per line. */
    public static String skillNames(String skillId, SkillTaxonomy taxonomy) {
        StringBuilder text = new StringBuilder();
        taxonomy.byId(skillId).ifPresentOrElse(skill -> {
            text.append(skill.nameEn()).append('\n').append(skill.nameKo()).append('\n');
            for (String alias : skill.aliases()) {
                text.append(alias).append('\n');
            }
        }, () -> text.append(skillId).append('\n'));
        return text.toString();
    }

    /** English skill names, comma separated: how a profile names its skills to the (English) dense encoder. */
    public static String englishSkillNames(Freelancer f, SkillTaxonomy taxonomy) {
        List<String> names = new ArrayList<>();
        for (SkillLevel s : f.skills()) {
            names.add(taxonomy.byId(s.skillId()).map(Skill::nameEn).orElse(s.skillId()));
        }
        return String.join(", ", names);
    }

    /**
     * One token per skill repeated by the declared level ("react react react react" for level 4): the BM25 leg
     * scores a skill match by term frequency, so a stronger declared level ranks higher, saturating as BM25 does.
     */
    public static String skillTerms(Freelancer f) {
        StringBuilder text = new StringBuilder();
        for (SkillLevel s : f.skills()) {
            String token = skillToken(s.skillId());
            for (int i = 0; i < s.level(); i++) {
                text.append(token).append(' ');
            }
        }
        return text.toString().trim();
    }

    /** A skill id as one token of the standard analyzer: hyphens become underscores, which it keeps inside words. */
    public static String skillToken(String skillId) {
        return skillId.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    /** Average rating shrunk towards the marketplace prior by how few ratings it rests on. */
    public static double ratingScore(Freelancer f) {
        return (f.ratingAverage() * f.ratingCount() + PRIOR_RATING * PRIOR_COUNT) / (f.ratingCount() + PRIOR_COUNT);
    }

    /** Lower-cased words of the display name, and the whole name, for name suggestions. */
    public static List<String> namePrefixes(Freelancer f) {
        String name = f.displayName().toLowerCase(java.util.Locale.ROOT).trim();
        List<String> out = new ArrayList<>();
        out.add(name);
        for (String word : name.split("\\s+")) {
            if (!word.isEmpty() && !word.equals(name)) {
                out.add(word);
            }
        }
        return out;
    }
}
