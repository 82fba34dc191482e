package ai.talent.success.rest;

import ai.talent.domain.model.Freelancer;
import ai.talent.service.metrics.ModelMetrics;
import ai.talent.service.problem.ProblemDetail.FieldError;
import ai.talent.service.state.keyed.KeyedStateReads;
import ai.talent.success.feature.PredictionInput;
import ai.talent.success.feature.UnknownEntityException;
import ai.talent.success.learning.SuccessModels;
import ai.talent.success.prediction.PredictionRecord;
import ai.talent.success.prediction.ProjectPredictions;
import ai.talent.success.prediction.QualitySummary;
import ai.talent.success.prediction.QualityTotals;
import ai.talent.success.reason.ReasonLanguage;
import ai.talent.success.state.StoreFeatureState;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The success predictor's HTTP API: predictions on demand (features from the catalogs and global stores every
 * replica holds, the served model), those made for contracts and how they fared (keyed state, answered by the
 * replica that owns the key).
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class PredictionResource {

    private final SuccessModels models;
    private final StoreFeatureState state;
    private final KeyedStateReads keyed;
    private final ModelMetrics modelMetrics;

    public PredictionResource(SuccessModels models, StoreFeatureState state, KeyedStateReads keyed,
                              ModelMetrics modelMetrics) {
        this.models = models;
        this.state = state;
        this.keyed = keyed;
        this.modelMetrics = modelMetrics;
    }

    /** One call of the served ensemble (or the baseline), timed and its version reported (talent.model.*). */
    private <T> T timed(Supplier<T> inference) {
        return modelMetrics.time("success-ensemble", models.servingVersion(), inference);
    }

    @POST
    @Path("/predictions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Predict success for a received freelancer on a received or described project, with reasons")
    public PredictionAnswer predict(PredictionRequest request) {
        RequestValidation validation = new RequestValidation();
        RequestValidation.Checked checked = validation.check(request, "");
        failOn(validation.errors());
        PredictionInput input = input(checked);
        return PredictionAnswer.of(input.project().id(), input.freelancer().id(),
                timed(() -> models.answer(input, checked.language(), true)));
    }

    @POST
    @Path("/predictions/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Up to 1,000 predictions in one call (reasons unless \"reasons\": false)")
    public List<PredictionAnswer> predictBatch(BatchPredictionRequest batch) {
        if (batch == null || batch.requests() == null) {
            throw new InvalidRequestException("The batch needs a 'requests' list",
                    List.of(new FieldError("requests", "is required")));
        }
        if (batch.requests().size() > BatchPredictionRequest.MAX) {
            throw new InvalidRequestException("A batch holds at most " + BatchPredictionRequest.MAX
                    + " predictions, this one " + batch.requests().size(), List.of(new FieldError("requests",
                    "at most " + BatchPredictionRequest.MAX + " items, was " + batch.requests().size())));
        }
        RequestValidation validation = new RequestValidation();
        List<RequestValidation.Checked> checked = new ArrayList<>();
        for (int i = 0; i < batch.requests().size(); i++) {
            checked.add(validation.check(batch.requests().get(i), "requests[" + i + "]"));
        }
        failOn(validation.errors());
        List<PredictionInput> inputs = new ArrayList<>(checked.size());
        for (int i = 0; i < checked.size(); i++) {
            try {
                inputs.add(input(checked.get(i)));
            } catch (UnknownEntityException e) {
                throw new NotFoundException("No " + e.kind() + " with id " + e.id() + " has been received on the "
                        + (e.kind().equals("project") ? "projects" : "freelancers") + " topic (requests[" + i + "])");
            }
        }
        boolean reasons = batch.reasons() == null || batch.reasons();
        List<PredictionAnswer> out = new ArrayList<>(inputs.size());
        if (reasons) {
            for (int i = 0; i < inputs.size(); i++) {
                PredictionInput in = inputs.get(i);
                ReasonLanguage language = checked.get(i).language();
                out.add(PredictionAnswer.of(in.project().id(), in.freelancer().id(),
                        timed(() -> models.answer(in, language, true))));
            }
        } else {
            List<SuccessModels.Answer> answers = timed(() -> models.answerAll(inputs, ReasonLanguage.EN));
            for (int i = 0; i < inputs.size(); i++) {
                out.add(PredictionAnswer.of(inputs.get(i).project().id(), inputs.get(i).freelancer().id(),
                        answers.get(i)));
            }
        }
        return out;
    }

    private PredictionInput input(RequestValidation.Checked c) {
        Instant now = Instant.now();
        if (c.project() == null) {
            return PredictionInput.from(state, c.projectId(), c.freelancerId(), c.agreedRate(), null, now);
        }
        Freelancer f = state.freelancer(c.freelancerId())
                .orElseThrow(() -> new UnknownEntityException("freelancer", c.freelancerId()));
        return new PredictionInput(c.project(), f, state.trackRecord(f.id()), state.clientHistory(c.project().clientId()),
                state.workload(f.id()), c.agreedRate(), now);
    }

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The prediction request has " + errors.size() + " invalid field"
                    + (errors.size() == 1 ? "" : "s") + ": " + errors.stream().map(FieldError::field).toList(), errors);
        }
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
