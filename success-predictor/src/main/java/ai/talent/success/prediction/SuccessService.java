package ai.talent.success.prediction;

import ai.talent.domain.event.SuccessPredicted;
import ai.talent.domain.model.Contract;
import ai.talent.success.feature.PredictionInput;
import ai.talent.success.feature.UnknownEntityException;
import ai.talent.success.learning.AwardSnapshot;
import ai.talent.success.learning.SuccessModels;
import ai.talent.success.reason.ReasonLanguage;
import ai.talent.success.state.StoreFeatureState;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Predicts for awarded contracts: the features' input from the service's state ({@link StoreFeatureState}),
 * the served model's answer with reasons, and the snapshot that labels it later.
 */
@ApplicationScoped
public class SuccessService {

    /** How long an award waits for its project and freelancer to reach the catalogs. */
    static final Duration UNKNOWN_ENTITY_WAIT = Duration.ofSeconds(3);

    private final StoreFeatureState state;
    private final SuccessModels models;

    public SuccessService(StoreFeatureState state, SuccessModels models) {
        this.state = state;
        this.models = models;
    }

    /** A prediction to publish and the snapshot it was made from. */
    public record Awarded(SuccessPredicted prediction, AwardSnapshot snapshot) {
    }

    /**
     * The prediction to publish for a freshly awarded contract, as the event {@code eventId}.
     *
     * @throws ai.talent.success.feature.UnknownEntityException when the project or freelancer is not known yet
     */
    public Awarded predictAwarded(Contract contract, String eventId) {
        PredictionInput input = inputWhenKnown(contract);
        SuccessModels.Answer a = models.answer(input, ReasonLanguage.EN, true);
        SuccessPredicted predicted = new SuccessPredicted(eventId, Instant.now(), contract.projectId(),
                contract.freelancerId(), a.probability(), a.lower(), a.upper(), a.uncertainty(), a.modelVersion(),
                a.contributions());
        return new Awarded(predicted, new AwardSnapshot(contract.id(), input, a.probability(), a.modelVersion()));
    }

    /**
     * The award's input; a project or profile posted just before the award may still be on its way into the
     * catalogs (they follow their topics on their own), so an unknown one is looked up again for a short while
     * before the award fails (and is retried, then dead-lettered, by the intake).
     */
    private PredictionInput inputWhenKnown(Contract contract) {
        long deadline = System.nanoTime() + UNKNOWN_ENTITY_WAIT.toNanos();
        while (true) {
            try {
                return PredictionInput.from(state, contract.projectId(), contract.freelancerId(),
                        contract.agreedRate(), contract.id(), contract.awardedAt());
            } catch (UnknownEntityException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
