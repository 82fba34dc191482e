package ai.talent.sim.text;

import java.util.List;
import java.util.Objects;

/**
 * What a freelancer's headline and bio are written from. {@code category} is a SkillCategory constant name
 * (e.g. "SOFTWARE"); {@code seniority} is "junior", "mid" or "senior"; {@code domains} are keys of
 * {@link MarketplaceTexts#domains()} the freelancer has worked in; {@code craftTier} says how their past work
 * reads (-1 modest, 0 solid, 1 strong); {@code languages} are spoken-language codes such as "ko", "en", "ja".
 */
public record FreelancerProfile(String category, Role role, String seniority, List<SkillMention> skills,
                                int totalYears, List<String> domains, int craftTier, String regionEn,
                                String regionKo, boolean remoteOk, long hourlyRateKrw, List<String> languages) {

    public FreelancerProfile {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(role, "role");
        if (!List.of("junior", "mid", "senior").contains(seniority)) {
            throw new IllegalArgumentException("FreelancerProfile.seniority must be junior, mid or senior, was "
                    + seniority);
        }
        skills = List.copyOf(skills);
        if (skills.isEmpty()) {
            throw new IllegalArgumentException("FreelancerProfile needs at least one skill");
        }
        if (totalYears < 0) {
            throw new IllegalArgumentException("FreelancerProfile.totalYears must be ≥ 0, was " + totalYears);
        }
        domains = List.copyOf(domains);
        if (domains.isEmpty()) {
            throw new IllegalArgumentException("FreelancerProfile needs at least one domain");
        }
        for (String d : domains) {
            if (Domains.byKey(d).isEmpty()) {
                throw new IllegalArgumentException("unknown domain '" + d + "'; known: " + Domains.keys());
            }
        }
        if (craftTier < -1 || craftTier > 1) {
            throw new IllegalArgumentException("FreelancerProfile.craftTier must be -1, 0 or 1, was " + craftTier);
        }
        if (hourlyRateKrw < 0) {
            throw new IllegalArgumentException("FreelancerProfile.hourlyRateKrw must be ≥ 0, was " + hourlyRateKrw);
        }
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
