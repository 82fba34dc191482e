package ai.talent.sim;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.ProjectPosted;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The files and the live publisher follow event time: a contract completes after its duration, after the posts in between. */
class TimeOrderTests {

    private static List<DomainEvent> events(String file) {
        try (Stream<SimLine> lines = SimLines.read(SmallMarket.dir().resolve(file))) {
            return lines.map(SimLine::event).toList();
        }
    }

    @Test
    void everyEventFileIsInEventTime() {
        for (String file : List.of(SimFiles.FREELANCERS, SimFiles.PROJECTS, SimFiles.CONTRACTS)) {
            Instant previous = Instant.MIN;
            for (DomainEvent e : events(file)) {
                assertThat(e.occurredAt()).as(file + " " + e.eventId()).isAfterOrEqualTo(previous);
                previous = e.occurredAt();
            }
        }
    }

    @Test
    void aContractCompletesAfterItsDurationAndAfterTheProjectsPostedMeanwhile() {
        Map<String, ContractAwarded> awarded = new HashMap<>();
        Map<String, Integer> weeks = new HashMap<>();
        List<Instant> posts = new ArrayList<>();
        for (DomainEvent e : events(SimFiles.PROJECTS)) {
            if (e instanceof ProjectPosted p) {
                weeks.put(p.project().id(), p.project().durationWeeks());
                posts.add(p.occurredAt());
            }
        }
        int checked = 0;
        int postsInBetween = 0;
        for (DomainEvent e : events(SimFiles.CONTRACTS)) {
            if (e instanceof ContractAwarded a) {
                awarded.put(a.contract().id(), a);
            } else if (e instanceof ContractCompleted c) {
                Instant start = awarded.get(c.contractId()).occurredAt();
                // the shortest contracts (cancelled early) still run a fifth of their planned weeks
                assertThat(Duration.between(start, c.occurredAt()))
                        .isGreaterThanOrEqualTo(Duration.ofDays(7).multipliedBy(weeks.get(c.projectId())).dividedBy(5));
                postsInBetween += (int) posts.stream().filter(t -> t.isAfter(start) && t.isBefore(c.occurredAt())).count();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(postsInBetween).as("projects posted while contracts ran").isGreaterThan(checked);
    }

    @Test
    void theLivePublisherSendsInEventTime() {
        MockProducer<String, String> producer = new MockProducer<>(true, null, new StringSerializer(),
                new StringSerializer());
        SimConfig config = SimConfig.of(60, 40, 6, 9).withQueries(0).withAttemptsPerLearner(20);
        try (LivePublisher publisher = new LivePublisher(producer, 0, Long.MAX_VALUE)) {
            publisher.replay(new Marketplace(config), Progress.silent());
        }
        EventCodec codec = new EventCodec();
        long previous = Long.MIN_VALUE;
        int completions = 0;
        for (ProducerRecord<String, String> r : producer.history()) {
            assertThat(r.timestamp()).isGreaterThanOrEqualTo(previous);
            previous = r.timestamp();
            if (codec.decode(r.value()) instanceof ContractCompleted) {
                completions++;
            }
        }
        assertThat(completions).isGreaterThan(10);
    }
}
