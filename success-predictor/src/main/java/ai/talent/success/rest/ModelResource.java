package ai.talent.success.rest;

import ai.talent.nn.registry.CorruptModelException;
import ai.talent.nn.registry.ModelRegistryException;
import ai.talent.nn.registry.VersionInfo;
import ai.talent.success.config.SuccessConfig;
import ai.talent.success.learning.ModelLogException;
import ai.talent.success.learning.Retrainer;
import ai.talent.success.learning.SuccessModels;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The success model's versions (shared-nn's registry in the state folder): list them with their metrics, promote
 * one, roll back to the one promoted before. The served model changes only after the target version verified
 * and loaded.
 */
@Path("/v1/models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelResource {

    /** One version: {@code current} (served), {@code candidate} (never promoted) or {@code previous}. */
    public record ModelVersion(String version, String createdAt, String status, Map<String, Double> metrics) {
    }

    /**
     * The served version, the baseline's name, what this replica's trainer did last, whether this replica is the
     * one that trains (one replica does; all serve the same versions through the model log), and every version.
     */
    public record Models(String serving, String baseline, String trainer, boolean thisReplicaTrains,
                         List<ModelVersion> versions) {
    }

    private final SuccessModels models;
    private final Retrainer retrainer;
    private final String baseline;

    public ModelResource(SuccessModels models, Retrainer retrainer, SuccessConfig config) {
        this.models = models;
        this.retrainer = retrainer;
        this.baseline = config.modelVersion();
    }

    @GET
    @Operation(summary = "Versions of the success model with their metrics, and which one answers")
    public Models list() {
        List<String> promoted = models.registry().promotionHistory(SuccessModels.MODEL);
        List<ModelVersion> versions = models.versions().stream().map(v -> new ModelVersion(v.version(),
                v.createdAt(), status(v, promoted), v.metrics())).toList();
        return new Models(models.servingVersion(), baseline, retrainer.lastOutcome(), models.trains(), versions);
    }

    @POST
    @Path("/{version}/promote")
    @Operation(summary = "Serve this version (atomically: only once it verified and loaded)")
    public Models promote(@PathParam("version") String version) {
        requireKnown(version);
        try {
            models.promote(version);
        } catch (ModelLogException e) {
            throw unavailable(e);
        } catch (CorruptModelException e) {
            throw new ClientErrorException("Version " + version + " failed verification and was not promoted: "
                    + e.getMessage(), Response.Status.CONFLICT);
        } catch (IllegalStateException e) {
            throw new ClientErrorException("Version " + version + " cannot be served here and was not promoted: "
                    + e.getMessage(), Response.Status.CONFLICT);
        }
        return list();
    }

    @POST
    @Path("/rollback")
    @Operation(summary = "Serve the version promoted before the current one again")
    public Models rollback() {
        try {
            models.rollback();
        } catch (ModelLogException e) {
            throw unavailable(e);
        } catch (CorruptModelException e) {
            throw new ClientErrorException("The earlier version failed verification; nothing changed: "
                    + e.getMessage(), Response.Status.CONFLICT);
        } catch (ModelRegistryException e) {
            throw new ClientErrorException("Nothing to roll back to: " + e.getMessage(), Response.Status.CONFLICT);
        }
        return list();
    }

    /** The decision could not be shared with the other replicas: nothing changed here, try again. */
    private static ServiceUnavailableException unavailable(ModelLogException e) {
        return new ServiceUnavailableException("The model log that every replica follows did not take or apply "
                + "the decision; try again: " + e.getMessage(), 5L);
    }

    private void requireKnown(String version) {
        if (models.versions().stream().noneMatch(v -> v.version().equals(version))) {
            throw new NotFoundException("The success model has no version " + version + "; see GET /v1/models");
        }
    }

    private static String status(VersionInfo v, List<String> promoted) {
        if (v.current()) {
            return "current";
        }
        return promoted.contains(v.version()) ? "previous" : "candidate";
    }
}
