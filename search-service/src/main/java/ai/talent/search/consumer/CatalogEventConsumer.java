package ai.talent.search.consumer;

import ai.talent.domain.event.FreelancerDeleted;
import ai.talent.domain.event.FreelancerEvent;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.ProjectClosed;
import ai.talent.domain.event.ProjectEvent;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.event.ProjectUpdated;
import ai.talent.domain.event.Topics;
import ai.talent.search.catalog.CatalogRepository;
import ai.talent.search.index.CatalogIndex;
import ai.talent.service.event.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Where catalogue events enter search: freelancers are indexed (or removed) in the search index, projects kept
 * for lookup. A record that fails here is nacked and lands in its topic's .dlq; its offset still counts as
 * consumed in the index's checkpoint, so a restart does not dead-letter it twice.
 */
@ApplicationScoped
public class CatalogEventConsumer {

    private final EventIntake intake;
    private final CatalogIndex index;
    private final CatalogRepository catalog;

    public CatalogEventConsumer(EventIntake intake, CatalogIndex index, CatalogRepository catalog) {
        this.intake = intake;
        this.index = index;
        this.catalog = catalog;
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
                case ProjectPosted e -> catalog.putProject(e.project());
                case ProjectUpdated e -> catalog.putProject(e.project());
                case ProjectClosed e -> catalog.removeProject(e.projectId());
            }
        });
    }
}
