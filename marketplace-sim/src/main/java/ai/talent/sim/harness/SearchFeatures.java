package ai.talent.sim.harness;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillTaxonomy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Structured features of a query–freelancer pair: what a dictionary finds in the query (taxonomy skill names
 * and aliases, region names) matched against the freelancer's structured fields, the lexical overlap of the
 * query with the profile's text, and the profile's record. The structured references of the search task learn
 * from these; the one-feature rule is the lexical overlap alone.
 */
public final class SearchFeatures {

    public static final List<String> NAMES = List.of("matched skills", "skill coverage", "declared level",
            "lexical overlap", "region named", "region match", "remote ok", "rating average", "log rating count",
            "log completed", "log rate");

    /** What a dictionary finds in a query. */
    public record Query(Set<String> skillIds, Region region, Set<String> tokens) {
    }

    /** A profile's tokens, computed once per pool. */
    public record Profile(Freelancer freelancer, Set<String> tokens) {
    }

    private final SkillTaxonomy taxonomy;

    public SearchFeatures(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public Query analyse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String[] words = lower.split("[\\s,/()+~·|]+");
        Set<String> skills = new LinkedHashSet<>();
        for (int n = 3; n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
                taxonomy.find(phrase).ifPresent(s -> skills.add(s.id()));
                if (n == 1 && phrase.length() > 2 && Tokens.isHangul(phrase.charAt(phrase.length() - 1))) {
                    // a particle may follow the name: "리액트를", "스프링으로"
                    taxonomy.find(phrase.substring(0, phrase.length() - 1)).ifPresent(s -> skills.add(s.id()));
                }
            }
        }
        Region region = null;
        for (Region r : Region.values()) {
            if (r != Region.REMOTE && r != Region.ABROAD
                    && (lower.contains(r.nameEn().toLowerCase(Locale.ROOT)) || lower.contains(r.nameKo()))) {
                region = r;
                break;
            }
        }
        return new Query(skills, region, Tokens.of(text));
    }

    public Profile profile(Freelancer f) {
        StringBuilder text = new StringBuilder(f.headline()).append(' ').append(f.bio());
        for (SkillLevel s : f.skills()) {
            taxonomy.byId(s.skillId()).ifPresent(skill -> text.append(' ').append(skill.nameEn()).append(' ')
                    .append(skill.nameKo()));
        }
        return new Profile(f, Tokens.of(text.toString()));
    }

    /** Share of the query's tokens found in the profile's text. */
    public static double overlap(Query q, Profile p) {
        if (q.tokens().isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String t : q.tokens()) {
            if (p.tokens().contains(t)) {
                shared++;
            }
        }
        return shared / (double) q.tokens().size();
    }

    public double[] of(Query q, Profile p) {
        Freelancer f = p.freelancer();
        int held = 0;
        double coverage = 0;
        double level = 0;
        for (String id : q.skillIds()) {
            for (SkillLevel s : f.skills()) {
                if (s.skillId().equals(id)) {
                    held++;
                    coverage += Math.min(1, s.level() / 4.0);
                    level += s.level();
                }
            }
        }
        int matched = q.skillIds().size();
        return new double[] {
            matched,
            matched == 0 ? 0 : coverage / matched,
            held == 0 ? 0 : level / held,
            overlap(q, p),
            q.region() == null ? 0 : 1,
            q.region() != null && f.region() == q.region() ? 1 : 0,
            f.remoteOk() ? 1 : 0,
            f.ratingAverage(),
            Math.log1p(f.ratingCount()),
            Math.log1p(f.completedProjects()),
            Math.log(Math.max(1, f.hourlyRate().amount()))};
    }

    /** The taxonomy skills a freelancer declares (for models that want names rather than ids). */
    public List<Skill> skills(Freelancer f) {
        List<Skill> out = new ArrayList<>();
        for (SkillLevel s : f.skills()) {
            taxonomy.byId(s.skillId()).ifPresent(out::add);
        }
        return out;
    }
}
