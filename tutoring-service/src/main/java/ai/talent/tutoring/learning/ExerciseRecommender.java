package ai.talent.tutoring.learning;

import ai.talent.tutoring.tracing.MasteryModel;
import ai.talent.tutoring.tracing.MasteryVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Next exercises: those whose predicted success (from the learner's mastery vector, one model pass) lies in a
 * target band, nearest the band's middle first, taken one skill at a time in turn so that the list varies across
 * skills. Exercises the learner last answered correctly are left out (nothing left to learn there).
 */
public final class ExerciseRecommender {

    /** A recommended exercise and its predicted success. */
    public record Recommended(String exerciseId, List<String> skillIds, double predictedSuccess) {
    }

    private ExerciseRecommender() {
    }

    public static List<Recommended> recommend(MasteryModel model, MasteryVector mastery, List<ExerciseSkills> catalog,
            Set<String> answeredCorrectly, double low, double high, int limit) {
        double middle = (low + high) / 2;
        Map<String, List<Recommended>> bySkill = new LinkedHashMap<>();
        for (ExerciseSkills e : catalog) {
            if (answeredCorrectly.contains(e.exerciseId())) {
                continue;
            }
            double p = model.predict(mastery, e.exerciseId(), e.skillIds());
            if (p >= low && p <= high) {
                bySkill.computeIfAbsent(e.skillIds().get(0), s -> new ArrayList<>())
                        .add(new Recommended(e.exerciseId(), e.skillIds(), p));
            }
        }
        Comparator<Recommended> nearest = Comparator.comparingDouble((Recommended r) -> Math.abs(r.predictedSuccess()
                - middle)).thenComparing(Recommended::exerciseId);
        List<List<Recommended>> queues = new ArrayList<>();
        for (List<Recommended> skill : bySkill.values()) {
            skill.sort(nearest);
            queues.add(skill);
        }
        // skills whose best exercise is nearest the middle take their turn first
        queues.sort(Comparator.comparing((List<Recommended> q) -> q.get(0), nearest));
        List<Recommended> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int round = 0; out.size() < limit; round++) {
            boolean any = false;
            for (List<Recommended> q : queues) {
                if (round < q.size() && out.size() < limit) {
                    any = true;
                    if (taken.add(q.get(round).exerciseId())) {
                        out.add(q.get(round));
                    }
                }
            }
            if (!any) {
                break;
            }
        }
        return out;
    }
}
