package ai.talent.matching.rest;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.matching.config.MatchingConfig;
import ai.talent.matching.exposure.ExposureLedger;
import ai.talent.matching.market.ProjectOutcomes;
import ai.talent.matching.rank.MatchQuery;
import ai.talent.matching.retrieval.HardFilters;
import ai.talent.matching.scoring.FreelancerMatches;
import ai.talent.matching.scoring.MatchingService;
import ai.talent.matching.scoring.ProjectMatches;
import ai.talent.service.metrics.ModelMetrics;
import ai.talent.service.state.catalog.Catalog;
import ai.talent.service.state.keyed.KeyedStateReads;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Matching's HTTP API in both directions: the best freelancers for a received project or an ad-hoc description,
 * the open projects that suit a freelancer (with what would raise each match), and what the service has received.
 * Every match carries its explanation. At most 100 matches per request. Rankings and profiles come from the catalogs
 * every replica holds; a project's hires and predictions from the keyed state of the replica that owns the project
 * (forwarded there when it is another one).
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    private final MatchingService matching;
    private final Catalog<Freelancer> freelancers;
    private final Catalog<Project> projects;
    private final KeyedStateReads keyed;
    private final ModelMetrics models;
    private final ExposureLedger exposure;
    private final boolean capOn;

    public MatchResource(MatchingService matching, Catalog<Freelancer> freelancers, Catalog<Project> projects,
                         KeyedStateReads keyed, ModelMetrics models, ExposureLedger exposure, MatchingConfig config) {
        this.matching = matching;
        this.freelancers = freelancers;
        this.projects = projects;
        this.keyed = keyed;
        this.models = models;
        this.exposure = exposure;
        this.capOn = config.exposure().share() > 0;
    }

    /** One run of the two-stage matcher (towers, retrieval, ranker), timed with the ranker's version. */
    private <T> T ranked(Supplier<T> matcher) {
        return models.time("matching-ranker", matching.modelVersion(), matcher);
    }

    @GET
    @Path("/projects/{projectId}/matches")
    @Operation(summary = "The best freelancers for a project received on the projects topic, explained")
    public FreelancerMatches matchesForProject(@PathParam("projectId") String projectId,
                                               @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        // Served by the replica that owns the project's keyed state, so the success predictions the ranker reads
        // are the same whichever replica is asked.
        return keyed.answer(ProjectOutcomes.STORE, projectId, FreelancerMatches.class, () -> {
            Project project = knownProject(projectId);
            return ranked(() -> matching.freelancersFor(MatchQuery.of(project, HardFilters.NONE), limit(limit), false));
        });
    }

    @POST
    @Path("/matches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The best freelancers for a received project (projectId) or an ad-hoc description")
    public FreelancerMatches matches(@Valid @NotNull MatchRequest request) {
        HardFilters filters = new HardFilters(request.minHoursPerWeek(), request.regions(),
                request.maxHourlyRateKrw());
        if (request.projectId() != null) {
            Project project = knownProject(request.projectId());
            return ranked(() -> matching.freelancersFor(MatchQuery.of(project, filters), limit(request.limit()),
                    false));
        }
        List<String> missing = new ArrayList<>();
        if (request.requiredSkills() == null || request.requiredSkills().isEmpty()) {
            missing.add("requiredSkills");
        }
        if (request.budgetType() == null) {
            missing.add("budgetType");
        }
        if (request.budgetKrw() == null) {
            missing.add("budgetKrw");
        }
        if (request.durationWeeks() == null) {
            missing.add("durationWeeks");
        }
        if (!missing.isEmpty()) {
            throw new BadRequestException("Without a projectId the request must describe the project: "
                    + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " missing");
        }
        MatchQuery q = new MatchQuery(null, request.title(), request.description(), null,
                requirements(request.requiredSkills()),
                request.niceToHaveSkills() == null ? List.of() : requirements(request.niceToHaveSkills()),
                request.budgetType(), request.budgetKrw(), request.durationWeeks(), null, true, filters);
        return ranked(() -> matching.freelancersFor(q, limit(request.limit()), false));
    }

    @GET
    @Path("/freelancers/{freelancerId}/projects")
    @Operation(summary = "The open projects that suit a freelancer, each with what would raise the match")
    public ProjectMatches projectsForFreelancer(@PathParam("freelancerId") String freelancerId,
                                                @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        Freelancer freelancer = knownFreelancer(freelancerId);
        return ranked(() -> matching.projectsFor(freelancer, limit(limit)));
    }

    @GET
    @Path("/freelancers/{freelancerId}")
    @Operation(summary = "A freelancer as received on the freelancers topic")
    public Freelancer freelancer(@PathParam("freelancerId") String freelancerId) {
        return knownFreelancer(freelancerId);
    }

    @GET
    @Path("/freelancers/{freelancerId}/exposure")
    @Operation(summary = "How often a freelancer was recommended lately, against the exposure cap")
    public ExposureView exposure(@PathParam("freelancerId") String freelancerId) {
        // Any id answers (a freelancer never recommended appears 0 times): the counts come from the
        // recommendations topic, which may name freelancers this replica's catalog has not read yet.
        int appearances = exposure.appearances(freelancerId);
        return new ExposureView(freelancerId, appearances, exposure.maxAppearances(), exposure.window(), capOn,
                !capOn || appearances < exposure.maxAppearances());
    }

    @GET
    @Path("/projects/{projectId}")
    @Operation(summary = "A received project with its hires and success predictions")
    public ProjectView project(@PathParam("projectId") String projectId) {
        return keyed.answer(ProjectOutcomes.STORE, projectId, ProjectView.class, () -> {
            Project project = knownProject(projectId);
            ProjectOutcomes outcomes = keyed.<ProjectOutcomes>local(ProjectOutcomes.STORE, projectId)
                    .orElse(ProjectOutcomes.none());
            return new ProjectView(project, outcomes.hires(), outcomes.predictions());
        });
    }

    private int limit(Integer limit) {
        return limit == null ? matching.defaultLimit() : limit;
    }

    private Project knownProject(String projectId) {
        return projects.get(projectId).orElseThrow(() -> new NotFoundException(
                "No project with id " + projectId + " has been received on the projects topic"));
    }

    private Freelancer knownFreelancer(String freelancerId) {
        return freelancers.get(freelancerId).orElseThrow(() -> new NotFoundException(
                "No freelancer with id " + freelancerId + " has been received on the freelancers topic"));
    }

    private static List<SkillRequirement> requirements(List<SkillNeed> needs) {
        return needs.stream().map(n -> new SkillRequirement(n.skillId(), n.minLevel())).toList();
    }
}
