package ai.talent.sim;

import ai.talent.domain.event.CloudEventHeaders;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.FreelancerUpserted;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Replays a simulated marketplace into the suite's Kafka topics at a chosen rate, as the platform would
 * produce it, in event time: freelancers, then projects, hires, outcomes, updated profiles and learners' attempts
 * as they happen. Each record
 * is keyed by its entity id ({@link DomainEvent#key()}), carries the CloudEvents headers, and goes to its
 * type's topic. {@code ./talent demo} uses it to fill the running suite.
 */
public final class LivePublisher implements AutoCloseable {

    /** The {@code ce_source} of everything the simulator publishes. */
    public static final String SOURCE = "/talent-ai/simulator";

    static final String USAGE = """
            usage: LivePublisher --bootstrap HOST:PORT [--rate EVENTS_PER_SECOND] [--freelancers N] [--projects M]
                                 [--learners L] [--seed S] [--attempts-per-learner A] [--max-events E]
              defaults: rate 200/s (0 = as fast as possible), 200 freelancers, 50 projects, 20 learners, seed 42""";

    private final Producer<String, String> producer;
    private final double eventsPerSecond;
    private final EventCodec codec = new EventCodec();
    private final long maxEvents;
    private final List<Future<RecordMetadata>> inFlight = new ArrayList<>();
    private long started = -1;
    private long sent;

    /**
     * @param eventsPerSecond the rate limit; 0 or less sends as fast as the producer takes them
     * @param maxEvents stop after this many events (Long.MAX_VALUE for all)
     */
    public LivePublisher(Producer<String, String> producer, double eventsPerSecond, long maxEvents) {
        this.producer = producer;
        this.eventsPerSecond = eventsPerSecond;
        this.maxEvents = maxEvents;
    }

    /** A producer for the suite's broker: string keys and JSON string values, acknowledged by all replicas. */
    public static Producer<String, String> kafkaProducer(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "talent-simulator");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "15000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** Publishes one event (waiting first if the rate limit says so); returns false once the cap is reached. */
    public boolean publish(DomainEvent event) {
        if (sent >= maxEvents) {
            return false;
        }
        pace();
        ProducerRecord<String, String> record = new ProducerRecord<>(event.type().topic(), null,
                event.occurredAt().toEpochMilli(), event.key(), codec.encode(event));
        CloudEventHeaders.of(event, SOURCE).forEach(
                (name, value) -> record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        inFlight.add(producer.send(record));
        if (inFlight.size() >= 1000) {
            awaitInFlight();
        }
        sent++;
        return true;
    }

    /**
     * Replays the marketplace in event time; returns how many events were sent. Freelancers join first; then the
     * project timeline (posts, awards, closings, completions after the contracts' durations, updated profiles)
     * and every learner's attempts are merged by their timestamps. The merge holds one attempt stream per
     * learner, so its memory grows with the learners (fine for a demo; the files keep attempts per learner).
     */
    public long replay(Marketplace market, Progress progress) {
        SimConfig config = market.config();
        progress.phase("freelancers");
        for (long i = 0; i < config.freelancers(); i++) {
            SimFreelancer f = market.freelancer(i);
            if (!publish(new FreelancerUpserted(Seeds.eventId(config.seed(), "freelancer-upserted", i),
                    MarketParameters.EPOCH, f.freelancer()))) {
                return finish(progress);
            }
            progress.step();
        }
        progress.phase("market");
        PriorityQueue<Stream> streams = new PriorityQueue<>(
                Comparator.comparing((Stream s) -> s.head.time()).thenComparingLong(s -> s.order));
        Stream.add(streams, new MarketTimeline(market, (p, r) -> progress.step()), 0);
        for (long i = 0; i < config.learners(); i++) {
            Iterator<SimAttempt> attempts = market.attempts(market.learner(i));
            Stream.add(streams, new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return attempts.hasNext();
                }

                @Override
                public Emitted next() {
                    SimAttempt a = attempts.next();
                    return Emitted.event(SimFiles.ATTEMPTS, a.event(), a.truth());
                }
            }, i + 1);
        }
        while (!streams.isEmpty()) {
            Stream s = streams.poll();
            if (!publish(s.head.event())) {
                return finish(progress);
            }
            if (s.advance()) {
                streams.add(s);
            } else if (s.order > 0) {
                progress.step();
            }
        }
        return finish(progress);
    }

    /** One time-ordered source of events and its next line. */
    private static final class Stream {

        private final Iterator<Emitted> lines;
        private final long order;
        private Emitted head;

        private Stream(Iterator<Emitted> lines, long order) {
            this.lines = lines;
            this.order = order;
        }

        static void add(PriorityQueue<Stream> streams, Iterator<Emitted> lines, long order) {
            Stream s = new Stream(lines, order);
            if (s.advance()) {
                streams.add(s);
            }
        }

        boolean advance() {
            if (!lines.hasNext()) {
                return false;
            }
            head = lines.next();
            return true;
        }
    }

    public long sent() {
        return sent;
    }

    private long finish(Progress progress) {
        producer.flush();
        awaitInFlight();
        progress.finish();
        return sent;
    }

    private void pace() {
        long now = System.nanoTime();
        if (started < 0) {
            started = now;
        }
        if (eventsPerSecond <= 0) {
            return;
        }
        long due = started + (long) (sent * 1e9 / eventsPerSecond);
        long wait = due - now;
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while pacing the simulator's events", e);
            }
        }
    }

    private void awaitInFlight() {
        for (Future<RecordMetadata> f : inFlight) {
            try {
                f.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Kafka rejected a simulator event: " + e.getCause().getMessage(),
                        e.getCause());
            } catch (TimeoutException e) {
                throw new IllegalStateException("Kafka did not acknowledge a simulator event within 60 s; is the "
                        + "broker up?", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            }
        }
        inFlight.clear();
    }

    @Override
    public void close() {
        producer.close();
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        try {
            CommandLine cli = new CommandLine(args, List.of("--bootstrap", "--rate", "--freelancers", "--projects",
                    "--learners", "--seed", "--attempts-per-learner", "--max-events"), List.of(), USAGE);
            String bootstrap = cli.string("--bootstrap", null);
            if (bootstrap == null) {
                throw new IllegalArgumentException("--bootstrap HOST:PORT is required\n" + USAGE);
            }
            SimConfig config = SimConfig.of(cli.count("--freelancers", 200), cli.count("--projects", 50),
                    cli.count("--learners", 20), cli.number("--seed", 42))
                    .withAttemptsPerLearner(cli.count("--attempts-per-learner", 20));
            double rate = cli.decimal("--rate", 200);
            Marketplace market = new Marketplace(config);
            long started = System.nanoTime();
            try (LivePublisher publisher = new LivePublisher(kafkaProducer(bootstrap), rate,
                    cli.number("--max-events", Long.MAX_VALUE))) {
                long n = publisher.replay(market, Progress.toStderr(
                        (long) config.freelancers() + config.projects() + config.learners()));
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(Locale.ROOT, "published %,d events to %s in %.1f s (%.0f events/s, limit %s)%n", n,
                        bootstrap, seconds, n / Math.max(seconds, 1e-9), rate <= 0 ? "none" : rate + "/s");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("live publisher: " + e.getMessage());
            System.exit(2);
        } catch (IllegalStateException | org.apache.kafka.common.KafkaException e) {
            System.err.println("live publisher: " + e.getMessage());
            System.exit(1);
        }
    }
}
