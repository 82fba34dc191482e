package ai.talent.matching.rest;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.matching.market.MarketRepository;
import ai.talent.matching.scoring.MatchingService;
import ai.talent.matching.scoring.ProjectNeeds;
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

/** Matching's HTTP API: rankings for received projects or ad-hoc needs, and what the service has received. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    private final MatchingService matching;
    private final MarketRepository market;

    public MatchResource(MatchingService matching, MarketRepository market) {
        this.matching = matching;
        this.market = market;
    }

    @GET
    @Path("/projects/{projectId}/matches")
    @Operation(summary = "Rank the known freelancers for a project received on the projects topic")
    public MatchesResponse matchesForProject(@PathParam("projectId") String projectId,
                                             @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        var project = market.project(projectId).orElseThrow(() -> new NotFoundException(
                "No project with id " + projectId + " has been received on the projects topic"));
        return respond(projectId, ProjectNeeds.of(project), limit);
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
        return market.freelancer(freelancerId).orElseThrow(() -> new NotFoundException(
                "No freelancer with id " + freelancerId + " has been received on the freelancers topic"));
    }

    @GET
    @Path("/projects/{projectId}")
    @Operation(summary = "A received project with its hires and success predictions")
    public ProjectView project(@PathParam("projectId") String projectId) {
        var project = market.project(projectId).orElseThrow(() -> new NotFoundException(
                "No project with id " + projectId + " has been received on the projects topic"));
        return new ProjectView(project, market.hires(projectId), market.predictions(projectId));
    }

    private MatchesResponse respond(String projectId, ProjectNeeds needs, Integer limit) {
        int k = limit == null ? matching.defaultLimit() : limit;
        return new MatchesResponse(projectId, matching.modelVersion(), market.freelancerCount(), matching.rank(needs, k));
    }

    private static List<SkillRequirement> toRequirements(List<SkillNeed> needs) {
        return needs.stream().map(n -> new SkillRequirement(n.skillId(), n.minLevel())).toList();
    }
}
