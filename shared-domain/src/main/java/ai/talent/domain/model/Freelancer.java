package ai.talent.domain.model;

import java.util.List;

/**
 * A freelancer's public profile as the platform publishes it. Spoken languages are ISO 639-1 codes
 * ("ko", "en", ...); a rating average of 0 means no ratings yet.
 */
public record Freelancer(
        String id,
        String displayName,
        String headline,
        String bio,
        Language textLanguage,
        List<SkillLevel> skills,
        Money hourlyRate,
        Region region,
        boolean remoteOk,
        List<String> spokenLanguages,
        int availabilityHoursPerWeek,
        double ratingAverage,
        int ratingCount,
        int completedProjects) {

    public Freelancer {
        Checks.id(id, "id");
        Checks.id(displayName, "displayName");
        Checks.text(headline, "headline");
        Checks.text(bio, "bio");
        Checks.present(textLanguage, "textLanguage");
        skills = Checks.list(skills, "skills");
        Checks.present(hourlyRate, "hourlyRate");
        Checks.present(region, "region");
        spokenLanguages = Checks.ids(spokenLanguages, "spokenLanguages");
        Checks.range(availabilityHoursPerWeek, 0, 80, "availabilityHoursPerWeek");
        Checks.ratingAverage(ratingAverage, "ratingAverage");
        Checks.atLeast(ratingCount, 0, "ratingCount");
        Checks.atLeast(completedProjects, 0, "completedProjects");
    }
}
