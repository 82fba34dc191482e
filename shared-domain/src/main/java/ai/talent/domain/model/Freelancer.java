package ai.talent.domain.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A freelancer's public profile as the platform publishes it. Spoken languages are ISO 639-1 codes
 * ("ko", "en", ...); a rating average of 0 means no ratings yet.
 */
public record Freelancer(
        @JsonProperty("id") String id,
        @JsonProperty("displayName") String displayName,
        @JsonProperty("headline") String headline,
        @JsonProperty("bio") String bio,
        @JsonProperty("textLanguage") Language textLanguage,
        @JsonProperty("skills") List<SkillLevel> skills,
        @JsonProperty("hourlyRate") Money hourlyRate,
        @JsonProperty("region") Region region,
        @JsonProperty("remoteOk") boolean remoteOk,
        @JsonProperty("spokenLanguages") List<String> spokenLanguages,
        @JsonProperty("availabilityHoursPerWeek") int availabilityHoursPerWeek,
        @JsonProperty("ratingAverage") double ratingAverage,
        @JsonProperty("ratingCount") int ratingCount,
        @JsonProperty("completedProjects") int completedProjects) {

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
