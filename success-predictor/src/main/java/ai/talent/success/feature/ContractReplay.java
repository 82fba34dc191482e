package ai.talent.success.feature;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.DomainEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline path: replays a history of events in time order through {@link StateUpdates}, exactly as the
 * service consumes them, and snapshots each awarded contract's {@link PredictionInput} just before its own award
 * is applied (so no completion later than the award leaks into its features). The label comes from the
 * contract's completion, when the history has one.
 */
public final class ContractReplay {

    /** One awarded contract: its input at award time and whether it succeeded (null if it never finished). */
    public record Contract(String contractId, PredictionInput input, Boolean succeeded) {
    }

    private ContractReplay() {
    }

    public static List<Contract> replay(List<? extends DomainEvent> events) {
        return replay(events, new InMemoryFeatureState());
    }

    /** Replays into the given state (which may already hold earlier history). */
    public static List<Contract> replay(List<? extends DomainEvent> events, MutableFeatureState state) {
        List<DomainEvent> ordered = new ArrayList<>(events);
        // stable: events at the same instant keep their order in the history
        ordered.sort(Comparator.comparing(DomainEvent::occurredAt));
        Map<String, PredictionInput> inputs = new LinkedHashMap<>();
        Map<String, Boolean> labels = new HashMap<>();
        for (DomainEvent event : ordered) {
            if (event instanceof ContractAwarded awarded) {
                var c = awarded.contract();
                inputs.put(c.id(), PredictionInput.from(state, c.projectId(), c.freelancerId(), c.agreedRate(),
                        c.id(), c.awardedAt()));
            } else if (event instanceof ContractCompleted completed) {
                labels.put(completed.contractId(), completed.successful());
            }
            StateUpdates.apply(state, event);
        }
        List<Contract> out = new ArrayList<>(inputs.size());
        inputs.forEach((id, input) -> out.add(new Contract(id, input, labels.get(id))));
        return out;
    }

    /** Feature vectors of many inputs, embedding every distinct text once, in batches. */
    public static List<FeatureVector> vectors(List<PredictionInput> inputs, SuccessFeatures features,
                                              TextEmbedder embedder) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (PredictionInput in : inputs) {
            index.putIfAbsent(SuccessFeatures.projectText(in.project()), index.size());
            index.putIfAbsent(SuccessFeatures.profileText(in.freelancer()), index.size());
        }
        float[][] embedded = embedder.embed(new ArrayList<>(index.keySet()));
        List<FeatureVector> out = new ArrayList<>(inputs.size());
        for (PredictionInput in : inputs) {
            out.add(features.vector(in, embedded[index.get(SuccessFeatures.projectText(in.project()))],
                    embedded[index.get(SuccessFeatures.profileText(in.freelancer()))]));
        }
        return out;
    }
}
