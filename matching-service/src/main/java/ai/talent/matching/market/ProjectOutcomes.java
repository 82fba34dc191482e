package ai.talent.matching.market;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.SuccessPredicted;
import java.util.ArrayList;
import java.util.List;

/**
 * What matching learns about one project after it is posted: who was hired (the ranking labels, with outcomes
 * once contracts complete) and the success predictor's latest prediction per freelancer. The value of the
 * {@value #STORE} keyed store, one per project id.
 */
public record ProjectOutcomes(List<Hire> hires, List<PredictedSuccess> predictions) {

    /** The keyed store's name (Kafka Streams), keyed by project id. */
    public static final String STORE = "project-outcomes";

    public ProjectOutcomes {
        hires = List.copyOf(hires);
        predictions = List.copyOf(predictions);
    }

    public static ProjectOutcomes none() {
        return new ProjectOutcomes(List.of(), List.of());
    }

    /** The outcomes after one more event of the project; events of other kinds change nothing. */
    public ProjectOutcomes apply(DomainEvent event) {
        return switch (event) {
            case ContractAwarded e -> {
                var c = e.contract();
                yield withHire(new Hire(c.id(), c.projectId(), c.freelancerId(), c.agreedRate().amount(),
                        c.awardedAt(), null, null));
            }
            case ContractCompleted e -> {
                // A completion for a hire this service never saw is kept as a hire too.
                Hire known = hires.stream().filter(h -> h.contractId().equals(e.contractId())).findFirst()
                        .orElse(new Hire(e.contractId(), e.projectId(), e.freelancerId(), 0, null, null, null));
                yield withHire(known.completed(e.outcome(), e.clientRating()));
            }
            case SuccessPredicted e -> withPrediction(new PredictedSuccess(e.projectId(), e.freelancerId(),
                    e.probability(), e.modelVersion()));
            default -> this;
        };
    }

    private ProjectOutcomes withHire(Hire hire) {
        List<Hire> updated = new ArrayList<>(hires);
        updated.removeIf(h -> h.contractId().equals(hire.contractId()));
        updated.add(hire);
        return new ProjectOutcomes(updated, predictions);
    }

    /** The latest prediction per freelancer, in the order freelancers were first predicted for. */
    private ProjectOutcomes withPrediction(PredictedSuccess prediction) {
        List<PredictedSuccess> updated = new ArrayList<>(predictions);
        int at = -1;
        for (int i = 0; i < updated.size(); i++) {
            if (updated.get(i).freelancerId().equals(prediction.freelancerId())) {
                at = i;
            }
        }
        if (at < 0) {
            updated.add(prediction);
        } else {
            updated.set(at, prediction);
        }
        return new ProjectOutcomes(hires, updated);
    }
}
