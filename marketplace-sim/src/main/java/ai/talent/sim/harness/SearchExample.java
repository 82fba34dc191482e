package ai.talent.sim.harness;

import java.util.Map;

/** A query with the graded relevance (1–3) of every freelancer judged relevant; everyone else is grade 0. */
public record SearchExample(SearchItem item, Map<String, Integer> grades) {

    public SearchExample {
        grades = Map.copyOf(grades);
    }
}
