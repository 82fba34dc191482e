package ai.talent.sim.harness;

import ai.talent.domain.event.DomainEvent;
import java.util.List;

/**
 * One test seed's success items (contracts awarded after the time cut) and its history before the cut
 * (contracts completed by then, with their outcomes), which a live service would know. {@code events} is the
 * seed's whole public market stream as a service consumes it (projects posted and closed, profile versions, awards,
 * completions) in event time: a model replays it and must read each item from the events before its award, as a
 * live service would (an earlier item's completion is known by then, its own is not). Left out of the stream, the
 * items' completions would leave their freelancers' contracts open forever, a state no service ever sees.
 */
public record SuccessTestSet(long seed, List<SuccessItem> items, List<SuccessExample> history,
                             List<DomainEvent> events) {

    public SuccessTestSet {
        items = List.copyOf(items);
        history = List.copyOf(history);
        events = List.copyOf(events);
    }
}
