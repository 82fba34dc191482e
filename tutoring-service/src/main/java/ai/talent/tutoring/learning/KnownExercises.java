package ai.talent.tutoring.learning;

import ai.talent.service.state.keyed.KeyedStateReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The exercises seen in any learner's attempts, by the skills they train: the global store {@value #STORE}, which
 * every replica holds whole (a learner's path offers practice other learners met, whichever replica owns the
 * learner), kept by the topology from the learning events. Listed in exercise-id order, so every replica plans
 * alike.
 */
@ApplicationScoped
public class KnownExercises implements ExerciseSource {

    /** The global store's name: exercise id → {@link ExerciseSkills}. */
    public static final String STORE = "exercises";

    private final KeyedStateReads keyed;

    public KnownExercises(KeyedStateReads keyed) {
        this.keyed = keyed;
    }

    @Override
    public List<String> forSkill(String skillId) {
        ReadOnlyKeyValueStore<String, ExerciseSkills> exercises = keyed.global(STORE);
        List<String> found = new ArrayList<>();
        try (KeyValueIterator<String, ExerciseSkills> all = exercises.all()) {
            all.forEachRemaining(e -> {
                if (e.value.skillIds().contains(skillId)) {
                    found.add(e.key);
                }
            });
        }
        found.sort(null);
        return found;
    }

    /** The skills an exercise is known to train, if any attempt at it was accepted. */
    @Override
    public Optional<List<String>> skillsOf(String exerciseId) {
        ReadOnlyKeyValueStore<String, ExerciseSkills> exercises = keyed.global(STORE);
        return Optional.ofNullable(exercises.get(exerciseId)).map(ExerciseSkills::skillIds);
    }

    /** Every known exercise, in exercise-id order. */
    @Override
    public List<ExerciseSkills> all() {
        ReadOnlyKeyValueStore<String, ExerciseSkills> exercises = keyed.global(STORE);
        List<ExerciseSkills> found = new ArrayList<>();
        try (KeyValueIterator<String, ExerciseSkills> all = exercises.all()) {
            all.forEachRemaining(e -> found.add(e.value));
        }
        return found;
    }
}
