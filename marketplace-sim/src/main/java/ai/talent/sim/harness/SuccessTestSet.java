package ai.talent.sim.harness;

import java.util.List;

/**
 * One test seed's success items (contracts awarded after the time cut) and its history before the cut
 * (contracts completed by then, with their outcomes), which a live service would know.
 */
public record SuccessTestSet(long seed, List<SuccessItem> items, List<SuccessExample> history) {

    public SuccessTestSet {
        items = List.copyOf(items);
        history = List.copyOf(history);
    }
}
