package ai.talent.success.prediction;

import ai.talent.domain.event.SuccessPredicted;
import ai.talent.domain.model.Contract;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.service.state.catalog.Catalog;
import ai.talent.success.config.SuccessConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Predicts success from the profiles and projects of the service's catalogs. The predictions made for awarded
 * contracts, and how they fared, are kept by the keyed state ({@link PredictionTopology}) from the predictions
 * topic, so they survive restarts and agree across replicas.
 */
@ApplicationScoped
public class SuccessService {

    private final Catalog<Project> projects;
    private final Catalog<Freelancer> freelancers;
    private final BaselineSuccessModel model;
    private final String modelVersion;

    public SuccessService(Catalog<Project> projects, Catalog<Freelancer> freelancers, SuccessConfig config) {
        this.projects = projects;
        this.freelancers = freelancers;
        this.model = new BaselineSuccessModel(config.intercept(), config.ratingWeight(), config.coverageWeight(),
                config.rateFitWeight(), config.experienceWeight());
        this.modelVersion = config.modelVersion();
    }

    /** The prediction to publish for a freshly awarded contract, as the event {@code eventId}. */
    public SuccessPredicted predictAwarded(Contract contract, String eventId) {
        return predict(eventId, contract.projectId(), contract.freelancerId(), contract.agreedRate().amount());
    }

    /** A prediction from what the service knows now. */
    public SuccessPredicted predict(String projectId, String freelancerId, long agreedRate) {
        return predict(UUID.randomUUID().toString(), projectId, freelancerId, agreedRate);
    }

    private SuccessPredicted predict(String eventId, String projectId, String freelancerId, long agreedRate) {
        var features = BaselineSuccessModel.features(projects.get(projectId), freelancers.get(freelancerId),
                agreedRate);
        Prediction p = model.predict(features);
        return new SuccessPredicted(eventId, Instant.now(), projectId, freelancerId,
                p.probability(), p.lower(), p.upper(), p.uncertainty(), modelVersion, p.reasons());
    }
}
