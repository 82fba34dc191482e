package ai.talent.tutoring.rest;

import ai.talent.domain.event.PortfolioGenerated;
import ai.talent.service.metrics.ModelMetrics;
import ai.talent.service.state.keyed.KeyedStateReads;
import ai.talent.tutoring.learning.LearnerState;
import ai.talent.tutoring.learning.LearningPath;
import ai.talent.tutoring.learning.LearningService;
import ai.talent.tutoring.portfolio.WorkHistoryState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Tutoring's HTTP API: learners' paths, path previews, and freelancers' latest portfolios. Paths and portfolios
 * are keyed state, answered by the replica that owns the learner or freelancer.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class TutoringResource {

    /** The knowledge tracer's name in talent.model.* (the path names the version that answered: dkt or bkt). */
    static final String MODEL = "tutoring-kt";

    private final LearningService learning;
    private final KeyedStateReads keyed;
    private final ModelMetrics models;

    public TutoringResource(LearningService learning, KeyedStateReads keyed, ModelMetrics models) {
        this.learning = learning;
        this.keyed = keyed;
        this.models = models;
    }

    @GET
    @Path("/learners/{learnerId}/path")
    @Operation(summary = "A learner's estimated mastery per skill and recommended next steps (a learner with no "
            + "attempts: empty)")
    public LearningPath path(@PathParam("learnerId") String learnerId) {
        return keyed.answer(LearnerState.STORE, learnerId, LearningPath.class, () -> models.time(MODEL,
                () -> learning.path(keyed.<LearnerState>local(LearnerState.STORE, learnerId)
                        .orElse(LearnerState.empty(learnerId))), LearningPath::model));
    }

    @POST
    @Path("/learning-paths/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Estimate mastery and plan next steps from a list of answers, without recording them")
    public LearningPath preview(@Valid @NotNull PreviewRequest request) {
        return models.time(MODEL, () -> learning.preview(request.answers()), LearningPath::model);
    }

    @GET
    @Path("/freelancers/{freelancerId}/portfolio")
    @Operation(summary = "The portfolio last generated for a freelancer (after each completed contract)")
    public PortfolioGenerated portfolio(@PathParam("freelancerId") String freelancerId) {
        return keyed.answer(WorkHistoryState.STORE, freelancerId, PortfolioGenerated.class, () ->
                keyed.<WorkHistoryState>local(WorkHistoryState.STORE, freelancerId).map(WorkHistoryState::portfolio)
                        .orElseThrow(() -> new NotFoundException("No portfolio for freelancer " + freelancerId
                                + ": none of their contracts has completed yet")));
    }
}
