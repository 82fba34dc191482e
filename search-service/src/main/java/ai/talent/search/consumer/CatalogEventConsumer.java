package ai.talent.search.consumer;

import ai.talent.domain.event.FreelancerDeleted;
import ai.talent.domain.event.FreelancerEvent;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.ProjectClosed;
import ai.talent.domain.event.ProjectEvent;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.event.ProjectUpdated;
import ai.talent.domain.event.Topics;
import ai.talent.search.index.CatalogIndex;
import ai.talent.service.event.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Where catalogue events enter search as a consumer group (each record once for all replicas). Freelancers are
 * indexed (or removed) in the search index, which is search's freelancers catalog: checkpointed with the offsets
 * of this group's partitions, shared by every replica on Elasticsearch. Projects are applied by the open-projects
 * catalog (read whole by every replica, see {@code SearchCatalogs}); here they are only checked. A record that
 * fails here is nacked and lands in its topic's .dlq; its offset still counts as consumed in the index's
 * checkpoint, so a restart does not dead-letter it twice.
 */
@ApplicationScoped
public class CatalogEventConsumer {

    private final EventIntake intake;
    private final CatalogIndex index;

    public CatalogEventConsumer(EventIntake intake, CatalogIndex index) {
        this.intake = intake;
        this.index = index;
    }

    @Incoming("freelancers")
    @Blocking
    public void onFreelancer(ConsumerRecord<String, String> record) {
        boolean applied = false;
        try {
            applied = intake.accept(Topics.FREELANCERS, record, FreelancerEvent.class, event -> {
                switch (event) {
                    case FreelancerUpserted e ->
                            index.upsert(e.freelancer(), record.topic(), record.partition(), record.offset());
                    case FreelancerDeleted e ->
                            index.delete(e.freelancerId(), record.topic(), record.partition(), record.offset());
                }
            });
        } finally {
            if (!applied) {
                index.skip(record.topic(), record.partition(), record.offset());
            }
        }
    }

    @Incoming("projects")
    @Blocking
    public void onProject(ConsumerRecord<String, String> record) {
        intake.accept(Topics.PROJECTS, record, ProjectEvent.class, event -> {
            switch (event) {
                case ProjectPosted e -> { }
                case ProjectUpdated e -> { }
                case ProjectClosed e -> { }
            }
        });
    }
}
