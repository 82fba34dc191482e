package ai.talent.sim.harness;

import ai.talent.domain.event.DomainEvent;
import java.util.List;

/**
 * One test seed's success items (contracts awarded after the time cut) and its history before the cut
 * (contracts completed by then, with their outcomes), which a live service would know. {@code events} is the
 * seed's public market stream as a service consumes it (projects posted and closed, profile versions, awards,
 * completions) in event time, over the whole history but without the completions of the items themselves (their
 * labels): a model replays it and reads each item's state just before its award.
 */
public record SuccessTestSet(long seed, List<SuccessItem> items, List<SuccessExample> history,
                             List<DomainEvent> events) {

    public SuccessTestSet {
        items = List.copyOf(items);
        history = List.copyOf(history);
        events = List.copyOf(events);
    }
}
