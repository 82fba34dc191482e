package ai.talent.matching.rest;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.matching.market.ProjectOutcomes;
import ai.talent.matching.scoring.MatchingService;
import ai.talent.matching.scoring.ProjectNeeds;
import ai.talent.service.state.catalog.Catalog;
import ai.talent.service.state.keyed.KeyedStateReads;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Matching's HTTP API: rankings for received projects or ad-hoc needs, and what the service has received. Rankings
 * and profiles come from the catalogs every replica holds; a project's hires and predictions come from the keyed
 * state of the replica that owns the project (forwarded there when it is another one).
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    private final MatchingService matching;
    private final Catalog<Freelancer> freelancers;
    private final Catalog<Project> projects;
    private final KeyedStateReads keyed;

    public MatchResource(MatchingService matching, Catalog<Freelancer> freelancers, Catalog<Project> projects,
                         KeyedStateReads keyed) {
        this.matching = matching;
        this.freelancers = freelancers;
        this.projects = projects;
        this.keyed = keyed;
    }

    @GET
    @Path("/projects/{projectId}/matches")
    @Operation(summary = "Rank the known freelancers for a project received on the projects topic")
    public MatchesResponse matchesForProject(@PathParam("projectId") String projectId,
                                             @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        return respond(projectId, ProjectNeeds.of(requireProject(projectId)), limit);
    }

    @POST
    @Path("/matches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rank the known freelancers for skills and a budget, without posting a project")
    public MatchesResponse matches(@Valid @NotNull MatchRequest request) {
        var needs = new ProjectNeeds(toRequirements(request.requiredSkills()),
                toRequirements(request.niceToHaveSkills() == null ? List.of() : request.niceToHaveSkills()),
                request.budgetType(), request.budgetKrw(), request.durationWeeks());
        return respond(null, needs, request.limit());
    }

    @GET
    @Path("/freelancers/{freelancerId}")
    @Operation(summary = "A freelancer as received on the freelancers topic")
    public Freelancer freelancer(@PathParam("freelancerId") String freelancerId) {
        return freelancers.get(freelancerId).orElseThrow(() -> new NotFoundException(
                "No freelancer with id " + freelancerId + " has been received on the freelancers topic"));
    }

    @GET
    @Path("/projects/{projectId}")
    @Operation(summary = "A received project with its hires and success predictions")
    public ProjectView project(@PathParam("projectId") String projectId) {
        return keyed.answer(ProjectOutcomes.STORE, projectId, ProjectView.class, () -> {
            Project project = requireProject(projectId);
            ProjectOutcomes outcomes = keyed.<ProjectOutcomes>local(ProjectOutcomes.STORE, projectId)
                    .orElse(ProjectOutcomes.none());
            return new ProjectView(project, outcomes.hires(), outcomes.predictions());
        });
    }

    private Project requireProject(String projectId) {
        return projects.get(projectId).orElseThrow(() -> new NotFoundException(
                "No project with id " + projectId + " has been received on the projects topic"));
    }

    private MatchesResponse respond(String projectId, ProjectNeeds needs, Integer limit) {
        int k = limit == null ? matching.defaultLimit() : limit;
        return new MatchesResponse(projectId, matching.modelVersion(), (int) freelancers.count(),
                matching.rank(needs, k));
    }

    private static List<SkillRequirement> toRequirements(List<SkillNeed> needs) {
        return needs.stream().map(n -> new SkillRequirement(n.skillId(), n.minLevel())).toList();
    }
}
