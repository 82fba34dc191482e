package ai.talent.tutoring.tracing;

import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillTaxonomy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The skills a knowledge-tracing model knows, numbered 1..n as the network's skill ids (0 is "unknown"). A trained
 * model carries its own list, so a later change of the taxonomy cannot shift what its outputs mean.
 */
public final class SkillVocabulary {

    private final List<String> skills;
    private final Map<String, Integer> ids = new HashMap<>();

    public SkillVocabulary(List<String> skills) {
        this.skills = List.copyOf(skills);
        for (int i = 0; i < this.skills.size(); i++) {
            ids.put(this.skills.get(i), i + 1);
        }
    }

    /** Every skill of the taxonomy, in file order. */
    public static SkillVocabulary of(SkillTaxonomy taxonomy) {
        return new SkillVocabulary(taxonomy.all().stream().map(Skill::id).toList());
    }

    /** The network's id of a skill, 0 when the model does not know it. */
    public int id(String skillId) {
        return ids.getOrDefault(skillId, 0);
    }

    public boolean knows(String skillId) {
        return ids.containsKey(skillId);
    }

    /** The skill of network id {@code id} (1..size). */
    public String skill(int id) {
        return skills.get(id - 1);
    }

    public int size() {
        return skills.size();
    }

    public List<String> skills() {
        return skills;
    }

    public int[] ids(List<String> skillIds) {
        return skillIds.stream().mapToInt(this::id).toArray();
    }
}
