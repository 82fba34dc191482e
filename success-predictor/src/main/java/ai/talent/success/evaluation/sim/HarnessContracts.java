package ai.talent.success.evaluation.sim;

import ai.talent.domain.event.DomainEvent;
import ai.talent.sim.harness.SuccessExample;
import ai.talent.sim.harness.SuccessItem;
import ai.talent.sim.harness.SuccessTask;
import ai.talent.sim.harness.SuccessTestSet;
import ai.talent.success.feature.ContractReplay;
import ai.talent.success.feature.PredictionInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The harness's success task as the service would see it: each seed's public event stream replayed through
 * {@link ContractReplay} (so through {@code StateUpdates}, the path the service runs on its stores), and each
 * training example's or test item's {@link PredictionInput} taken just before its own award. Only events are
 * read, never the simulator's truth; the labels of the training examples are the harness's, the test items'
 * labels stay inside the harness (it scores the predictions keyed by item id).
 */
public final class HarnessContracts {

    /** Contracts in award order across seeds, with the harness's item ids and (for training) the labels. */
    public record Rows(List<String> itemIds, List<PredictionInput> inputs, int[] labels, Instant[] awarded) {

        public int size() {
            return itemIds.size();
        }
    }

    private HarnessContracts() {
    }

    /**
     * A contract's outcome counts as known, for training, once this many times its planned duration has passed
     * since the award: before that, only the contracts that ended early — mostly cancelled ones — have an outcome,
     * and training on them would teach that recent contracts fail.
     */
    public static final double MATURITY = 1.75;

    /**
     * The training examples: the training seeds' contracts completed before their cut whose outcome was mature by
     * then (awarded at least {@link #MATURITY} × their planned duration before the cut, so that every such contract
     * had ended, whatever its outcome). The cut is the last event of the seed's stream.
     */
    public static Rows training(SuccessTask task) {
        Map<String, Boolean> labels = new HashMap<>();
        for (SuccessExample e : task.train()) {
            labels.put(e.item().id(), e.success());
        }
        List<Row> rows = new ArrayList<>();
        int found = 0;
        for (Map.Entry<Long, List<DomainEvent>> seed : task.trainEvents().entrySet()) {
            List<DomainEvent> events = seed.getValue();
            Instant cut = events.get(events.size() - 1).occurredAt();
            for (ContractReplay.Contract c : ContractReplay.replay(events)) {
                String id = itemId(seed.getKey(), c.contractId());
                Boolean label = labels.get(id);
                if (label != null) {
                    found++;
                    if (mature(c.input(), cut)) {
                        rows.add(new Row(id, c.input(), label));
                    }
                }
            }
        }
        if (found != labels.size()) {
            throw new IllegalStateException("the replay found " + found + " of the harness's " + labels.size()
                    + " training contracts");
        }
        return rows(rows);
    }

    /** The test items, each with its seed's history up to its award. */
    public static Rows test(SuccessTask task) {
        List<Row> rows = new ArrayList<>();
        int expected = 0;
        for (SuccessTestSet set : task.tests()) {
            Map<String, SuccessItem> items = new HashMap<>();
            set.items().forEach(i -> items.put(i.id(), i));
            expected += items.size();
            for (ContractReplay.Contract c : ContractReplay.replay(set.events())) {
                String id = itemId(set.seed(), c.contractId());
                if (items.containsKey(id)) {
                    rows.add(new Row(id, c.input(), false));
                }
            }
        }
        if (rows.size() != expected) {
            throw new IllegalStateException("the replay found " + rows.size() + " of the harness's " + expected
                    + " test items");
        }
        return rows(rows);
    }

    static boolean mature(PredictionInput in, Instant cut) {
        long seconds = (long) (MATURITY * in.project().durationWeeks() * 7 * 86_400);
        return !in.at().plusSeconds(seconds).isAfter(cut);
    }

    /** The harness's item id of a seed's contract. */
    static String itemId(long seed, String contractId) {
        return "s" + seed + "/" + contractId;
    }

    private record Row(String id, PredictionInput input, boolean label) {
    }

    private static Rows rows(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> a.input().at().compareTo(b.input().at()));
        int[] labels = new int[sorted.size()];
        Instant[] at = new Instant[sorted.size()];
        List<String> ids = new ArrayList<>();
        List<PredictionInput> inputs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ids.add(sorted.get(i).id());
            inputs.add(sorted.get(i).input());
            labels[i] = sorted.get(i).label() ? 1 : 0;
            at[i] = sorted.get(i).input().at();
        }
        return new Rows(ids, inputs, labels, at);
    }
}
