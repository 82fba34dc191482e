package ai.talent.sim.text;

import java.util.List;
import java.util.Objects;

/**
 * What a freelancer's headline and bio are written from. {@code category} is a SkillCategory constant name
 * (e.g. "SOFTWARE"); {@code languages} are spoken-language codes such as "ko", "en", "ja".
 */
public record FreelancerProfile(String category, Role role, List<SkillMention> skills, int totalYears,
                                String regionEn, String regionKo, boolean remoteOk, long hourlyRateKrw,
                                List<String> languages) {

    public FreelancerProfile {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(role, "role");
        skills = List.copyOf(skills);
        if (skills.isEmpty()) {
            throw new IllegalArgumentException("FreelancerProfile needs at least one skill");
        }
        if (totalYears < 0) {
            throw new IllegalArgumentException("FreelancerProfile.totalYears must be ≥ 0, was " + totalYears);
        }
        if (hourlyRateKrw < 0) {
            throw new IllegalArgumentException("FreelancerProfile.hourlyRateKrw must be ≥ 0, was " + hourlyRateKrw);
        }
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
