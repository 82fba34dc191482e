package ai.talent.service.testing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.Topics;
import ai.talent.service.testing.KafkaTestClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The event properties of a service, checked through the real broker the {@code @QuarkusTest} uses: sends
 * {@code tries} generated records ({@link EventFuzz}) to an input topic, then one valid event whose effect the
 * caller asserts (the consumer is not stuck behind the garbage), then checks that nothing was lost: every record
 * the intake did not accept (counted by its metrics: processed, redelivered or tombstone) is in
 * {@code <topic>.dlq}, marked by this run, with a {@code dead-letter-reason} and the service's name — accepted +
 * dead-lettered = sent (at least: the intake's counters may also count a setup event it reached late). A failure
 * names the seed and prints the records concerned.
 */
public final class EventFuzzing {

    /** Header marking the records of one run, kept by the dead-letter queue. */
    public static final String RUN_HEADER = "talent-fuzz-run";
    /** Header giving a record's try number within its run. */
    public static final String TRY_HEADER = "talent-fuzz-try";

    private static final Duration SETTLE = Duration.ofSeconds(60);

    private final KafkaTestClient kafka;
    private final MeterRegistry registry;
    private final String service;

    public EventFuzzing(KafkaTestClient kafka, MeterRegistry registry, String service) {
        this.kafka = kafka;
        this.registry = registry;
        this.service = service;
    }

    /**
     * Runs the property on {@code topic}.
     *
     * @param samples      valid events of the topic the generator mutates
     * @param tries        how many generated records to send
     * @param sentinel     a valid event sent after them
     * @param sentinelSeen asserts (waiting as long as it needs) that the service applied the sentinel
     */
    public void check(String topic, List<? extends DomainEvent> samples, int tries, DomainEvent sentinel,
                      Runnable sentinelSeen) {
        long seed = FuzzSamples.seed() ^ topic.hashCode();
        String run = "fuzz-" + UUID.randomUUID();
        List<FuzzRecord> records = FuzzSamples.draw(EventFuzz.records(topic, samples), tries, seed);
        System.out.printf("FUZZ %s %s: %d records, seed %d (talent.fuzz.seed=%d), run %s, kinds %s%n", service,
                topic, tries, seed, FuzzSamples.seed(), run, records.stream()
                        .collect(Collectors.groupingBy(r -> r.kind().replaceAll(" '.*", ""), java.util.TreeMap::new,
                                Collectors.counting())));
        long start = System.nanoTime();
        double acceptedBefore = settled(topic);
        Handling handlingBefore = handling(topic);
        send(run, records);
        kafka.send(sentinel);
        try {
            sentinelSeen.run();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("the " + topic + " consumer did not apply a valid event sent after " + tries
                    + " generated records (seed " + seed + "); the records were:\n" + list(records, null), e);
        }

        long deadline = System.nanoTime() + SETTLE.toNanos();
        List<ConsumerRecord<String, String>> dead;
        double accepted;
        do {
            dead = kafka.readAll(topic + Topics.DLQ_SUFFIX, r -> run.equals(KafkaTestClient.header(r, RUN_HEADER)));
            accepted = accepted(topic) - acceptedBefore - 1;   // the sentinel
            if (dead.size() + accepted >= tries) {
                break;
            }
            sleep();
        } while (System.nanoTime() < deadline);

        Set<Integer> deadTries = new TreeSet<>();
        for (ConsumerRecord<String, String> r : dead) {
            int at = Integer.parseInt(KafkaTestClient.header(r, TRY_HEADER));
            deadTries.add(at);
            assertThat(KafkaTestClient.header(r, "dead-letter-reason"))
                    .as("dead-letter reason of try %d (seed %d): %s", at, seed, records.get(at))
                    .isNotBlank();
            assertThat(KafkaTestClient.header(r, "dead-letter-service"))
                    .as("dead-letter service of try %d (seed %d)", at, seed).isEqualTo(service);
        }
        Handling handled = handling(topic).since(handlingBefore);
        System.out.printf("FUZZ %s %s: sent %d, accepted %.0f, dead-lettered %d, in %.1f s; handler time per "
                        + "decoded record (retries included): %d records, mean %.0f ms, max %.0f ms%n", service, topic,
                tries, accepted, dead.size(), (System.nanoTime() - start) / 1e9, handled.count(), handled.meanMillis(),
                handled.maxMillis());
        assertThat(dead.size()).as("dead letters marked by run %s: each record once", run)
                .isEqualTo(deadTries.size());
        // The counters are the intake's, per topic: an event the test sent before (its setup) that the group reaches
        // late counts too, so a surplus is not this run's; a shortfall is a record neither applied nor dead-lettered.
        if (dead.size() + accepted < tries) {
            throw new AssertionError("on " + topic + " (seed " + seed + ") " + tries + " records were sent but "
                    + (long) accepted + " accepted and " + dead.size() + " dead-lettered; the records not in "
                    + topic + ".dlq:\n" + list(records, deadTries));
        }
    }

    /**
     * The intake's count once it has stopped moving: what the test sent before (its setup events) may still be on
     * its way through the consumer group after a catalog or store already showed it.
     */
    private double settled(String topic) {
        double last = accepted(topic);
        for (int i = 0; i < 20; i++) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            double now = accepted(topic);
            if (now == last) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private double accepted(String topic) {
        double sum = 0;
        for (String name : List.of("talent.events.received", "talent.events.duplicates", "talent.events.tombstones")) {
            sum += registry.find(name).tag("topic", topic).counters().stream().mapToDouble(Counter::count).sum();
        }
        return sum;
    }

    /** The intake's handler timer of the topic ({@code talent.events.processing}): what a consumer's lag grows with. */
    private Handling handling(String topic) {
        long count = 0;
        double totalMillis = 0;
        double maxMillis = 0;
        for (Timer timer : registry.find("talent.events.processing").tag("topic", topic).timers()) {
            count += timer.count();
            totalMillis += timer.totalTime(TimeUnit.MILLISECONDS);
            maxMillis = Math.max(maxMillis, timer.max(TimeUnit.MILLISECONDS));
        }
        return new Handling(count, totalMillis, maxMillis);
    }

    /** Records handled, their summed handler time and the longest one (the timer's recent maximum). */
    private record Handling(long count, double totalMillis, double maxMillis) {

        Handling since(Handling before) {
            return new Handling(count - before.count, totalMillis - before.totalMillis, maxMillis);
        }

        double meanMillis() {
            return count == 0 ? 0 : totalMillis / count;
        }
    }

    private void send(String run, List<FuzzRecord> records) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1_000_000);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                FuzzRecord r = records.get(i);
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(r.topic(), r.key(), r.value());
                for (Map.Entry<String, String> h : r.headers().entrySet()) {
                    record.headers().add(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8));
                }
                record.headers().add(RUN_HEADER, run.getBytes(StandardCharsets.UTF_8));
                record.headers().add(TRY_HEADER, Integer.toString(i).getBytes(StandardCharsets.UTF_8));
                sent.add(producer.send(record));
            }
            producer.flush();
            for (int i = 0; i < sent.size(); i++) {
                try {
                    sent.get(i).get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("could not send try " + i + ": " + records.get(i), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static String list(List<FuzzRecord> records, Set<Integer> except) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < records.size(); i++) {
            if (except == null || !except.contains(i)) {
                out.append("  try ").append(i).append(": ").append(records.get(i)).append('\n');
            }
        }
        return out.toString();
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
