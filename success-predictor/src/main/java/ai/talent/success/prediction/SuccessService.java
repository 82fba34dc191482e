package ai.talent.success.prediction;

import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.SuccessPredicted;
import ai.talent.domain.model.Contract;
import ai.talent.success.config.SuccessConfig;
import ai.talent.success.market.MarketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Predicts success for awarded contracts, remembers the predictions, and scores them once contracts complete. */
@ApplicationScoped
public class SuccessService {

    private final MarketRepository market;
    private final BaselineSuccessModel model;
    private final String modelVersion;
    private final Map<String, PredictionRecord> byContract = new ConcurrentHashMap<>();

    public SuccessService(MarketRepository market, SuccessConfig config) {
        this.market = market;
        this.model = new BaselineSuccessModel(config.intercept(), config.ratingWeight(), config.coverageWeight(),
                config.rateFitWeight(), config.experienceWeight());
        this.modelVersion = config.modelVersion();
    }

    /**
     * Predicts for a freshly awarded contract, as the event {@code eventId}, and remembers the prediction for
     * scoring on completion.
     */
    public SuccessPredicted predictAwarded(Contract contract, String eventId) {
        SuccessPredicted event = predict(eventId, contract.projectId(), contract.freelancerId(),
                contract.agreedRate().amount());
        byContract.put(contract.id(), new PredictionRecord(contract.id(), event, null));
        return event;
    }

    /** A prediction from what the service knows now, without remembering it. */
    public SuccessPredicted predict(String projectId, String freelancerId, long agreedRate) {
        return predict(UUID.randomUUID().toString(), projectId, freelancerId, agreedRate);
    }

    private SuccessPredicted predict(String eventId, String projectId, String freelancerId, long agreedRate) {
        var features = BaselineSuccessModel.features(market.project(projectId), market.freelancer(freelancerId),
                agreedRate);
        Prediction p = model.predict(features);
        return new SuccessPredicted(eventId, Instant.now(), projectId, freelancerId,
                p.probability(), p.lower(), p.upper(), p.uncertainty(), modelVersion, p.reasons());
    }

    /** Attaches the outcome to the contract's prediction; completions of contracts never predicted are ignored. */
    public void label(ContractCompleted completed) {
        byContract.computeIfPresent(completed.contractId(),
                (id, r) -> new PredictionRecord(id, r.prediction(), completed.successful()));
    }

    public List<PredictionRecord> predictionsFor(String projectId) {
        return byContract.values().stream()
                .filter(r -> r.prediction().projectId().equals(projectId))
                .sorted(Comparator.comparing(r -> r.prediction().occurredAt()))
                .toList();
    }

    public QualitySummary quality() {
        List<PredictionRecord> labelled = byContract.values().stream().filter(r -> r.succeeded() != null).toList();
        if (labelled.isEmpty()) {
            return new QualitySummary(byContract.size(), 0, null, null, null);
        }
        double rate = labelled.stream().filter(PredictionRecord::succeeded).count() / (double) labelled.size();
        double brier = labelled.stream()
                .mapToDouble(r -> square(r.prediction().probability() - (r.succeeded() ? 1 : 0))).average().orElseThrow();
        double baseBrier = labelled.stream()
                .mapToDouble(r -> square(rate - (r.succeeded() ? 1 : 0))).average().orElseThrow();
        return new QualitySummary(byContract.size(), labelled.size(), rate, brier, baseBrier);
    }

    private static double square(double v) {
        return v * v;
    }
}
