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
 * Where catalogue events enter search as a consumer group (each record once for all replicas), decoded and checked
 * by the shared intake: a record that fails (undecodable, a malformed profile) is nacked and lands in its topic's
 * .dlq with its reason, once for the whole service. On Elasticsearch the group also writes the shared index
 * (checkpointed with this group's offsets; a dead-lettered record's offset still counts as consumed, so a restart
 * does not dead-letter it twice). The embedded index and the open projects are catalogs with their own followers
 * on every replica ({@code CatalogIndex}, {@code SearchCatalogs}), which skip what the group dead-letters; here
 * their records are only checked.
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
        if (index.followsCatalog()) {
            intake.accept(Topics.FREELANCERS, record, FreelancerEvent.class, event -> {
                switch (event) {
                    case FreelancerUpserted e -> { }
                    case FreelancerDeleted e -> { }
                }
            });
            return;
        }
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
