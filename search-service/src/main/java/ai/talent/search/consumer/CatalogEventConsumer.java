package ai.talent.search.consumer;

import ai.talent.domain.event.FreelancerDeleted;
import ai.talent.domain.event.FreelancerEvent;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.ProjectClosed;
import ai.talent.domain.event.ProjectEvent;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.event.ProjectUpdated;
import ai.talent.domain.event.Topics;
import ai.talent.service.event.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Where catalogue events enter search as a consumer group (each record once for all replicas): a record that
 * cannot be decoded or processed is nacked and lands in its topic's .dlq. The catalogs (read whole by every
 * replica) apply the valid events; search reacts to none, so nothing else happens here.
 */
@ApplicationScoped
public class CatalogEventConsumer {

    private final EventIntake intake;

    public CatalogEventConsumer(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming("freelancers")
    @Blocking
    public void onFreelancer(ConsumerRecord<String, String> record) {
        intake.accept(Topics.FREELANCERS, record, FreelancerEvent.class, event -> {
            switch (event) {
                case FreelancerUpserted e -> { }
                case FreelancerDeleted e -> { }
            }
        });
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
