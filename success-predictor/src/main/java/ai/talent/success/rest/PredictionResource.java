package ai.talent.success.rest;

import ai.talent.domain.event.SuccessPredicted;
import ai.talent.success.market.MarketRepository;
import ai.talent.success.prediction.PredictionRecord;
import ai.talent.success.prediction.QualitySummary;
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

/** The success predictor's HTTP API: predictions on demand, those made for contracts, and how they fared. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class PredictionResource {

    private final SuccessService success;
    private final MarketRepository market;

    public PredictionResource(SuccessService success, MarketRepository market) {
        this.success = success;
        this.market = market;
    }

    @POST
    @Path("/predictions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Predict success for a received project with a received freelancer at a proposed rate")
    public SuccessPredicted predict(@Valid @NotNull PredictionRequest request) {
        if (market.project(request.projectId()).isEmpty()) {
            throw new NotFoundException("No project with id " + request.projectId()
                    + " has been received on the projects topic");
        }
        if (market.freelancer(request.freelancerId()).isEmpty()) {
            throw new NotFoundException("No freelancer with id " + request.freelancerId()
                    + " has been received on the freelancers topic");
        }
        return success.predict(request.projectId(), request.freelancerId(), request.agreedRateKrw());
    }

    @GET
    @Path("/projects/{projectId}/predictions")
    @Operation(summary = "The predictions made for the contracts awarded on a project, with outcomes once known")
    public List<PredictionRecord> predictionsFor(@PathParam("projectId") String projectId) {
        List<PredictionRecord> records = success.predictionsFor(projectId);
        if (records.isEmpty()) {
            throw new NotFoundException("No contract has been awarded on project " + projectId);
        }
        return records;
    }

    @GET
    @Path("/predictions/quality")
    @Operation(summary = "Brier score of the predictions whose contracts have completed, against the base rate")
    public QualitySummary quality() {
        return success.quality();
    }
}
