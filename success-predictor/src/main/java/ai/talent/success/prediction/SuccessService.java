package ai.talent.success.prediction;

import ai.talent.domain.event.SuccessPredicted;
import ai.talent.domain.model.Contract;
import ai.talent.service.event.UnprocessableEventException;
import ai.talent.service.state.StateUnavailableException;
import ai.talent.success.config.SuccessConfig;
import ai.talent.success.feature.PredictionInput;
import ai.talent.success.feature.UnknownEntityException;
import ai.talent.success.learning.AwardSnapshot;
import ai.talent.success.learning.SuccessModels;
import ai.talent.success.reason.ReasonLanguage;
import ai.talent.success.state.StoreFeatureState;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Predicts for awarded contracts: the features' input from the service's state ({@link StoreFeatureState}),
 * the served model's answer with reasons, and the snapshot that labels it later.
 */
@ApplicationScoped
public class SuccessService {

    private final StoreFeatureState state;
    private final SuccessModels models;
    private final Duration catalogWait;

    public SuccessService(StoreFeatureState state, SuccessModels models, SuccessConfig config) {
        this.state = state;
        this.models = models;
        this.catalogWait = config.catalogWait();
    }

    /** A prediction to publish and the snapshot it was made from. */
    public record Awarded(SuccessPredicted prediction, AwardSnapshot snapshot) {
    }

    /**
     * The prediction to publish for a freshly awarded contract, as the event {@code eventId}.
     *
     * @throws UnprocessableEventException when the project or freelancer is not on its topic (permanent: the award is
     *                                     dead-lettered with the reason)
     * @throws StateUnavailableException   when the catalogs have not read their topics far enough to tell (the award
     *                                     waits, its partition held, until they have)
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
     * The award's input. A project or profile the catalogs do not hold may be on its way (posted just before the
     * award; the catalogs follow their topics on their own) or, after a start, not read yet; or it may not exist.
     * The catalogs' read barrier tells which: once both hold everything their topics held when this award was
     * handled, an entity still missing was not posted before the award, so the award can never be answered and is
     * refused at once. Until they get there (catching up after a restart, no broker), nothing can be said and the
     * award waits.
     */
    private PredictionInput inputWhenKnown(Contract contract) {
        try {
            return input(contract);
        } catch (UnknownEntityException unknown) {
            if (!state.catalogsCurrent(catalogWait)) {
                String detail = "the catalogs have not read their topics up to now within " + catalogWait + " ("
                        + state.catalogStatus() + "), so whether " + unknown.getMessage().replace("unknown ", "")
                        + " exists is not known yet";
                throw new StateUnavailableException(detail, new IOException(detail));
            }
        }
        try {
            return input(contract);
        } catch (UnknownEntityException stillUnknown) {
            throw new UnprocessableEventException(stillUnknown.getMessage() + ": the " + stillUnknown.kind()
                    + "s catalog has read its topic past this award and holds no such " + stillUnknown.kind());
        }
    }

    private PredictionInput input(Contract contract) {
        return PredictionInput.from(state, contract.projectId(), contract.freelancerId(), contract.agreedRate(),
                contract.id(), contract.awardedAt());
    }
}
