package ai.talent.domain.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** A project a client posts: what it needs (skills with minimum levels), the budget, timing and place. */
public record Project(
        @JsonProperty("id") String id,
        @JsonProperty("clientId") String clientId,
        @JsonProperty("title") String title,
        @JsonProperty("description") String description,
        @JsonProperty("language") Language language,
        @JsonProperty("requiredSkills") List<SkillRequirement> requiredSkills,
        @JsonProperty("niceToHaveSkills") List<SkillRequirement> niceToHaveSkills,
        @JsonProperty("budgetType") BudgetType budgetType,
        @JsonProperty("budget") Money budget,
        @JsonProperty("durationWeeks") int durationWeeks,
        @JsonProperty("deadline") LocalDate deadline,
        @JsonProperty("region") Region region,
        @JsonProperty("remote") boolean remote,
        @JsonProperty("status") ProjectStatus status) {

    public Project {
        Checks.id(id, "id");
        Checks.id(clientId, "clientId");
        Checks.id(title, "title");
        Checks.text(description, "description");
        Checks.present(language, "language");
        requiredSkills = Checks.list(requiredSkills, "requiredSkills");
        if (requiredSkills.isEmpty()) {
            throw new DomainValidationException("requiredSkills", "must name at least one skill");
        }
        niceToHaveSkills = Checks.optionalList(niceToHaveSkills, "niceToHaveSkills");
        Checks.present(budgetType, "budgetType");
        Checks.present(budget, "budget");
        Checks.range(durationWeeks, 1, 520, "durationWeeks");
        Checks.present(deadline, "deadline");
        Checks.present(region, "region");
        Checks.present(status, "status");
    }

    /** The same project in another status (records have no setters). */
    public Project withStatus(ProjectStatus newStatus) {
        return new Project(id, clientId, title, description, language, requiredSkills, niceToHaveSkills, budgetType,
                budget, durationWeeks, deadline, region, remote, newStatus);
    }
}
