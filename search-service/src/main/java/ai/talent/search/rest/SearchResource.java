package ai.talent.search.rest;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.search.query.Tokenizer;
import ai.talent.search.query.TokenSearch;
import ai.talent.service.state.catalog.Catalog;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Collection;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Search's HTTP API: talent search over received freelancers, and what the service has received. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final Catalog<Freelancer> freelancers;
    private final Catalog<Project> openProjects;
    private final TokenSearch tokenSearch = new TokenSearch(SkillTaxonomy.standard());

    public SearchResource(Catalog<Freelancer> freelancers, Catalog<Project> openProjects) {
        this.freelancers = freelancers;
        this.openProjects = openProjects;
    }

    @GET
    @Path("/search")
    @Operation(summary = "Search freelancers with a Korean or English query, e.g. \"서울 React 개발자\"")
    public SearchResponse search(@QueryParam("q") @NotBlank @Size(max = 500) String q,
                                 @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        Collection<Freelancer> candidates = freelancers.all();
        return new SearchResponse(q, Tokenizer.terms(q), candidates.size(), tokenSearch.search(q, candidates, limit));
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
    @Operation(summary = "An open project as received on the projects topic")
    public Project project(@PathParam("projectId") String projectId) {
        return openProjects.get(projectId).orElseThrow(() -> new NotFoundException(
                "No open project with id " + projectId + " has been received on the projects topic"));
    }
}
