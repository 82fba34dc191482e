package ai.talent.sim.harness;

import ai.talent.domain.model.Learner;
import java.util.List;

/** One learner's answered exercises in time order (training data). */
public record TracingSequence(Learner learner, List<TracingStep> steps) {

    public TracingSequence {
        steps = List.copyOf(steps);
    }
}
