package ai.talent.success.rest;

import ai.talent.domain.event.SuccessPredicted;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.service.state.catalog.Catalog;
import ai.talent.service.state.keyed.KeyedStateReads;
import ai.talent.success.prediction.PredictionRecord;
import ai.talent.success.prediction.ProjectPredictions;
import ai.talent.success.prediction.QualitySummary;
import ai.talent.success.prediction.QualityTotals;
import ai.talent.success.prediction.SuccessService;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The success predictor's HTTP API: predictions on demand (from the catalogs every replica holds), those made for
 * contracts and how they fared (keyed state, answered by the replica that owns the key).
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class PredictionResource {

    private final SuccessService success;
    private final Catalog<Project> projects;
    private final Catalog<Freelancer> freelancers;
    private final KeyedStateReads keyed;

    public PredictionResource(SuccessService success, Catalog<Project> projects, Catalog<Freelancer> freelancers,
                              KeyedStateReads keyed) {
        this.success = success;
        this.projects = projects;
        this.freelancers = freelancers;
        this.keyed = keyed;
    }

    @POST
    @Path("/predictions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Predict success for a received project with a received freelancer at a proposed rate")
    public SuccessPredicted predict(@Valid @NotNull PredictionRequest request) {
        if (projects.get(request.projectId()).isEmpty()) {
            throw new NotFoundException("No project with id " + request.projectId()
                    + " has been received on the projects topic");
        }
        if (freelancers.get(request.freelancerId()).isEmpty()) {
            throw new NotFoundException("No freelancer with id " + request.freelancerId()
                    + " has been received on the freelancers topic");
        }
        return success.predict(request.projectId(), request.freelancerId(), request.agreedRateKrw());
    }

    @GET
    @Path("/projects/{projectId}/predictions")
    @Operation(summary = "The predictions made for the contracts awarded on a project, with outcomes once known")
    public PredictionRecord[] predictionsFor(@PathParam("projectId") String projectId) {
        return keyed.answer(ProjectPredictions.STORE, projectId, PredictionRecord[].class, () -> {
            List<PredictionRecord> records = keyed.<ProjectPredictions>local(ProjectPredictions.STORE, projectId)
                    .map(ProjectPredictions::records).orElse(List.of());
            if (records.isEmpty()) {
                throw new NotFoundException("No contract has been awarded on project " + projectId);
            }
            return records.toArray(PredictionRecord[]::new);
        });
    }

    @GET
    @Path("/predictions/quality")
    @Operation(summary = "Brier score of the predictions whose contracts have completed, against the base rate")
    public QualitySummary quality() {
        return keyed.answer(QualityTotals.STORE, QualityTotals.KEY, QualitySummary.class, () ->
                keyed.<QualityTotals>local(QualityTotals.STORE, QualityTotals.KEY).orElse(QualityTotals.ZERO).summary());
    }
}
