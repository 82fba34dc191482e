package ai.talent.sim;

import static ai.talent.sim.MarketParameters.ROLE_CORE_SHARE;
import static ai.talent.sim.MarketParameters.ROLE_CORE_SKILL_WEIGHT;

import ai.talent.domain.skill.Skill;
import java.nio.charset.StandardCharsets;

/**
 * Which skills a role mostly uses: a fixed share of its category's skills, the same in every run (a fact of the
 * market, not of a seed). Freelancers and projects pick these more often, so declared skills hint at a role
 * without stating it.
 */
final class RoleSkills {

    private RoleSkills() {
    }

    private static final java.util.Map<String, Boolean> CORE = new java.util.concurrent.ConcurrentHashMap<>();

    static boolean isCore(String roleEn, String skillId) {
        return CORE.computeIfAbsent(roleEn + '\u0001' + skillId, RoleSkills::hashedCore);
    }

    private static boolean hashedCore(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return Math.floorMod(h ^ (h >>> 29), 1000) < ROLE_CORE_SHARE * 1000;
    }

    /** The sampling weight of a skill for someone in this role: popularity, more for the role's core skills. */
    static double weight(String roleEn, Skill skill) {
        return skill.popularity() * (isCore(roleEn, skill.id()) ? ROLE_CORE_SKILL_WEIGHT : 1.0);
    }

    private static final java.util.Map<String, double[]> WEIGHTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The weights of {@code skills} (one category's list, always the same one for a role) for this role. */
    static double[] weights(String roleEn, java.util.List<Skill> skills) {
        return WEIGHTS.computeIfAbsent(roleEn, r -> skills.stream().mapToDouble(s -> weight(r, s)).toArray());
    }
}
