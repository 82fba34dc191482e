package ai.talent.sim.harness;

import ai.talent.domain.model.Freelancer;
import java.util.List;

/**
 * One seed's queries and the pool of freelancers they search. For training seeds the examples carry their
 * judgments; for test seeds only the items are given.
 */
public record SearchSet(long seed, List<SearchItem> items, List<SearchExample> examples, List<Freelancer> pool) {

    public SearchSet {
        items = List.copyOf(items);
        examples = List.copyOf(examples);
        pool = List.copyOf(pool);
    }
}
