package ai.talent.tutoring.rest;

import ai.talent.service.metrics.ModelMetrics;
import ai.talent.service.state.keyed.KeyedStateReads;
import ai.talent.tutoring.portfolio.Portfolio;
import ai.talent.tutoring.portfolio.PortfolioEncoder;
import ai.talent.tutoring.portfolio.PortfolioRequests;
import ai.talent.tutoring.portfolio.ProjectBrief;
import ai.talent.tutoring.portfolio.WorkHistoryState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Portfolios written on request from a freelancer's profile and completed contracts. The replica that owns the
 * freelancer's work history writes it; another replica sends the request on ({@link PortfolioForwarding}).
 */
@Path("/v1/portfolios")
public class PortfolioResource {

    /** The sentence encoder that chose the case studies (model and version, or the teacher as a fallback). */
    public static final String ENCODER_HEADER = "Talent-Encoder";

    private final PortfolioRequests portfolios;
    private final KeyedStateReads keyed;
    private final PortfolioForwarding forwarding;
    private final PortfolioEncoder encoder;
    private final ModelMetrics models;

    public PortfolioResource(PortfolioRequests portfolios, KeyedStateReads keyed, PortfolioForwarding forwarding,
                             PortfolioEncoder encoder, ModelMetrics models) {
        this.encoder = encoder;
        this.models = models;
        this.portfolios = portfolios;
        this.keyed = keyed;
        this.forwarding = forwarding;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "text/markdown", MediaType.TEXT_HTML})
    @Operation(summary = "Write a freelancer's portfolio (json, markdown or html; Korean or English), optionally for"
            + " a target role, and publish it as portfolio.generated")
    @APIResponse(responseCode = "200", description = "The portfolio in the requested format", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Portfolio.class)),
            @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Missing freelancerId, unknown language or format, target role"
            + " over " + PortfolioRequest.MAX_ROLE_CHARS + " characters, malformed JSON")
    @APIResponse(responseCode = "404", description = "No profile of this freelancer has been received")
    @APIResponse(responseCode = "413", description = "Request body over tutoring.portfolio.max-body-bytes")
    public Response write(@Valid @NotNull PortfolioRequest request,
                          @Parameter(hidden = true) @HeaderParam(KeyedStateReads.FORWARDED_BY) String forwardedBy) {
        String id = request.freelancerId();
        if (forwardedBy == null) {
            var owner = forwarding.otherOwner(id);
            if (owner.isPresent()) {
                return forwarding.forward(owner.get(), request);
            }
        }
        WorkHistoryState history = keyed.<WorkHistoryState>local(WorkHistoryState.STORE, id)
                .filter(h -> h.freelancer() != null)
                .orElseThrow(() -> new NotFoundException("No profile of freelancer " + id
                        + " has been received on the freelancers topic"));
        ReadOnlyKeyValueStore<String, ProjectBrief> projects = keyed.global(ProjectBrief.STORE);
        // The portfolio encoder and prose writer, timed as one model; the version is who wrote it.
        PortfolioRequests.Answer answer = models.time("tutoring-portfolio", () -> portfolios.answer(history,
                projects::get, request.language(), request.format(), request.targetRole()),
                a -> a.portfolio().writtenBy());
        Response.ResponseBuilder ok = Response.ok(answer.body() == null ? answer.portfolio() : answer.body(),
                answer.mediaType()).header("Talent-Event-Id", answer.eventId())
                .header(ENCODER_HEADER, encoder.describe());
        if (forwarding.self() != null) {
            ok.header(KeyedStateReads.SERVED_BY, forwarding.self());
        }
        return ok.build();
    }
}
