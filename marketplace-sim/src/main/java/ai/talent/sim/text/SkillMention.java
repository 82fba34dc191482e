package ai.talent.sim.text;

import java.util.List;
import java.util.Objects;

/**
 * A skill as a text may mention it: its English and Korean names, aliases (in either script), and the
 * holder's level (1–5) and years of use.
 */
public record SkillMention(String nameEn, String nameKo, List<String> aliases, int level, double years) {

    public SkillMention {
        Objects.requireNonNull(nameEn, "nameEn");
        if (nameEn.isBlank()) {
            throw new IllegalArgumentException("SkillMention.nameEn must not be blank");
        }
        nameKo = nameKo == null || nameKo.isBlank() ? nameEn : nameKo;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("SkillMention.level must be 1–5, was " + level + " for " + nameEn);
        }
        if (years < 0) {
            throw new IllegalArgumentException("SkillMention.years must be ≥ 0, was " + years + " for " + nameEn);
        }
    }

    /** A mention with no level or years attached, for requirements and queries. */
    public static SkillMention of(String nameEn, String nameKo, List<String> aliases) {
        return new SkillMention(nameEn, nameKo, aliases, 3, 0);
    }
}
