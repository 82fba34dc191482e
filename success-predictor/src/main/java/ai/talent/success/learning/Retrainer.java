package ai.talent.success.learning;

import ai.talent.service.state.keyed.KeyedStateReads;
import ai.talent.success.config.SuccessConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.jboss.logging.Logger;

/**
 * The background trainer: every {@code success.learning.check-interval} it counts the labelled contracts (a
 * label in {@value ContractLabel#STORE} whose award snapshot is in {@value AwardSnapshot#STORE}, both global
 * stores every replica holds whole) and, once {@code success.learning.retrain-after} more have arrived than the
 * last training counted (read from the registry, so it survives a restart), trains a candidate on all of them
 * ({@link SuccessModels#retrain}). Requests keep being answered by the served model meanwhile. Only the replica
 * elected through the model log trains ({@link ModelLog}); the others serve what it publishes.
 */
@ApplicationScoped
public class Retrainer {

    private static final Logger LOG = Logger.getLogger(Retrainer.class);

    private final SuccessModels models;
    private final KeyedStateReads keyed;
    private final SuccessConfig config;
    private final AtomicReference<String> lastOutcome = new AtomicReference<>("no training yet");
    private ScheduledExecutorService executor;

    public Retrainer(SuccessModels models, KeyedStateReads keyed, SuccessConfig config) {
        this.models = models;
        this.keyed = keyed;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "success-retrainer");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        long every = config.learning().checkInterval().toMillis();
        executor.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** The last thing the trainer did, for {@code GET /v1/models}. */
    public String lastOutcome() {
        return lastOutcome.get();
    }

    /** Labelled contracts with the input their award was predicted from, as this replica holds them now. */
    public List<Example> labelledExamples() {
        ReadOnlyKeyValueStore<String, ContractLabel> labels = keyed.global(ContractLabel.STORE);
        ReadOnlyKeyValueStore<String, AwardSnapshot> awards = keyed.global(AwardSnapshot.STORE);
        List<Example> out = new ArrayList<>();
        try (KeyValueIterator<String, ContractLabel> it = labels.all()) {
            while (it.hasNext()) {
                ContractLabel label = it.next().value;
                AwardSnapshot award = awards.get(label.contractId());
                if (award != null) {
                    out.add(new Example(label.contractId(), award.input(), label.succeeded()));
                }
            }
        }
        return out;
    }

    void check() {
        try {
            if (!models.trains()) {
                // another replica trains; this one serves what it publishes through the model log
                lastOutcome.compareAndSet("no training yet", "another replica trains");
                return;
            }
            models.offerLocalVersions();
            int last = models.labelsAtLastTraining();
            // a cheap estimate first, so that a large label store is not read whole every few seconds
            long labels = keyed.<ContractLabel>global(ContractLabel.STORE).approximateNumEntries();
            if (labels < (long) last + config.learning().retrainAfter() / 2) {
                return;
            }
            List<Example> examples = labelledExamples();
            int since = examples.size() - last;
            if (since < config.learning().retrainAfter()) {
                return;
            }
            LOG.infof("%d contracts labelled since the last training: training a candidate on %d", since,
                    examples.size());
            lastOutcome.set("training on " + examples.size() + " labelled contracts");
            SuccessModels.TrainingReport report = models.retrain(examples, LOG::info);
            lastOutcome.set(report.version() + (report.promoted() ? " promoted: " : " kept as a candidate: ")
                    + report.reason());
        } catch (RuntimeException e) {
            // the keyed state may still be starting (503 from the reads) or a training failed: try again later
            lastOutcome.set("last check failed: " + e.getMessage());
            LOG.warnf("success retrainer: %s", e.getMessage());
        }
    }
}
