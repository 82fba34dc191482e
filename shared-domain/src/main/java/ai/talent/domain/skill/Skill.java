package ai.talent.domain.skill;

import java.util.List;
import java.util.Objects;

/**
 * One skill of the taxonomy: a stable slug id, its English and Korean names, the other spellings people
 * type, the skills it builds on (direct prerequisites only), and how common it is on the marketplace
 * (1 rare .. 5 very common), which the simulator uses as a sampling weight.
 */
public record Skill(String id, String nameEn, String nameKo, List<String> aliases, SkillCategory category,
                    List<String> prerequisites, int popularity) {

    public static final int MIN_POPULARITY = 1;
    public static final int MAX_POPULARITY = 5;

    public Skill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameKo, "nameKo");
        Objects.requireNonNull(category, "category");
        if (id.isBlank() || nameEn.isBlank() || nameKo.isBlank()) {
            throw new IllegalArgumentException("skill id, nameEn and nameKo must not be blank, was id='"
                    + id + "', nameEn='" + nameEn + "', nameKo='" + nameKo + "'");
        }
        if (popularity < MIN_POPULARITY || popularity > MAX_POPULARITY) {
            throw new IllegalArgumentException("skill " + id + ": popularity must be " + MIN_POPULARITY + ".."
                    + MAX_POPULARITY + ", was " + popularity);
        }
        aliases = List.copyOf(aliases);
        prerequisites = List.copyOf(prerequisites);
    }
}
