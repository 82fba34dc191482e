package ai.talent.search.consumer;

import ai.talent.domain.event.FreelancerDeleted;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.ProjectClosed;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.event.ProjectUpdated;
import ai.talent.domain.event.Topics;
import ai.talent.search.catalog.CatalogRepository;
import ai.talent.service.event.EventIntake;
import ai.talent.service.event.UnprocessableEventException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Where catalogue events enter search: freelancers and projects become searchable, deleted or closed ones stop
 * being. A record that fails here is nacked and lands in its topic's .dlq.
 */
@ApplicationScoped
public class CatalogEventConsumer {

    private static final String SERVICE = "search";

    private final EventIntake intake;
    private final CatalogRepository catalog;

    public CatalogEventConsumer(EventIntake intake, CatalogRepository catalog) {
        this.intake = intake;
        this.catalog = catalog;
    }

    @Incoming("freelancers")
    @Blocking
    public void onFreelancer(ConsumerRecord<String, String> record) {
        intake.accept(Topics.FREELANCERS, record, event -> {
            if (event instanceof FreelancerUpserted e) {
                catalog.putFreelancer(e.freelancer());
            } else if (event instanceof FreelancerDeleted e) {
                catalog.removeFreelancer(e.freelancerId());
            } else {
                throw UnprocessableEventException.notHandled(SERVICE, event);
            }
        });
    }

    @Incoming("projects")
    @Blocking
    public void onProject(ConsumerRecord<String, String> record) {
        intake.accept(Topics.PROJECTS, record, event -> {
            if (event instanceof ProjectPosted e) {
                catalog.putProject(e.project());
            } else if (event instanceof ProjectUpdated e) {
                catalog.putProject(e.project());
            } else if (event instanceof ProjectClosed e) {
                catalog.removeProject(e.projectId());
            } else {
                throw UnprocessableEventException.notHandled(SERVICE, event);
            }
        });
    }
}
