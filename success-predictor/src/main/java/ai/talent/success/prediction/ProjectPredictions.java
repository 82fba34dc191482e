package ai.talent.success.prediction;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.SuccessPredicted;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The predictions made for the contracts awarded on one project, and their outcomes: the value of the
 * {@value #STORE} keyed store, one per project id. Built from the contracts topic (awards, completions) and the
 * predictor's own output topic (the predictions as they were published), which meet in either order: a
 * prediction belongs to the freelancer's latest award on the project that has none yet.
 */
public record ProjectPredictions(List<ContractPrediction> contracts) {

    /** The keyed store's name (Kafka Streams), keyed by project id. */
    public static final String STORE = "project-predictions";

    public ProjectPredictions {
        contracts = List.copyOf(contracts);
    }

    public static ProjectPredictions none() {
        return new ProjectPredictions(List.of());
    }

    public ProjectPredictions apply(DomainEvent event) {
        return switch (event) {
            case ContractAwarded e -> {
                var c = e.contract();
                if (contracts.stream().anyMatch(p -> c.id().equals(p.contractId()))) {
                    yield this;
                }
                yield update(p -> p.contractId() == null && p.freelancerId().equals(c.freelancerId()),
                        p -> p.withContract(c.id()),
                        new ContractPrediction(c.id(), c.freelancerId(), null, null));
            }
            case SuccessPredicted e -> update(p -> p.prediction() == null && p.freelancerId().equals(e.freelancerId()),
                    p -> p.withPrediction(e), new ContractPrediction(null, e.freelancerId(), e, null));
            // Completions of contracts never awarded here are ignored, as before.
            case ContractCompleted e -> update(p -> e.contractId().equals(p.contractId()),
                    p -> p.withOutcome(e.successful()), null);
            default -> this;
        };
    }

    /** The predictions made for awarded contracts, oldest first, with outcomes once known. */
    public List<PredictionRecord> records() {
        return contracts.stream().filter(ContractPrediction::complete)
                .map(p -> new PredictionRecord(p.contractId(), p.prediction(), p.succeeded()))
                .sorted(Comparator.comparing(r -> r.prediction().occurredAt()))
                .toList();
    }

    /** What this project adds to the quality of all predictions. */
    public QualityTotals totals() {
        QualityTotals totals = QualityTotals.ZERO;
        for (PredictionRecord r : records()) {
            totals = totals.plus(QualityTotals.of(r));
        }
        return totals;
    }

    /** Changes the last entry matching {@code which}, or adds {@code otherwise} when none does (and it is given). */
    private ProjectPredictions update(Predicate<ContractPrediction> which, UnaryOperator<ContractPrediction> change,
                                      ContractPrediction otherwise) {
        List<ContractPrediction> updated = new ArrayList<>(contracts);
        for (int i = updated.size() - 1; i >= 0; i--) {
            if (which.test(updated.get(i))) {
                updated.set(i, change.apply(updated.get(i)));
                return new ProjectPredictions(updated);
            }
        }
        if (otherwise == null) {
            return this;
        }
        updated.add(otherwise);
        return new ProjectPredictions(updated);
    }
}
