package ai.talent.service.state.keyed;

import ai.talent.service.problem.ProblemDetail;
import ai.talent.service.state.StateConfig;
import ai.talent.service.state.StateJson;
import ai.talent.service.state.StateUnavailableException;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.jboss.logging.Logger;

/**
 * Reads keyed state across replicas. Each key of a Kafka Streams store lives on one replica (the one whose task
 * owns the key's partition); Kafka Streams metadata names it ({@code application.server} = host:http-port of each
 * replica). {@link #answer} serves a REST read here when this replica owns the key, else forwards the same GET
 * to the owner (with a timeout and the caller's bearer token) and returns its answer, so every replica answers every
 * key alike. The response names the replica that answered in {@value #SERVED_BY}.
 */
@ApplicationScoped
public class KeyedStateReads {

    /** Set on a forwarded request: the owner answers it itself, never forwards it again. */
    public static final String FORWARDED_BY = "Talent-Forwarded-By";
    /** The replica ({@code host:port}) that answered a keyed read. */
    public static final String SERVED_BY = "Talent-Served-By";

    private static final Logger LOG = Logger.getLogger(KeyedStateReads.class);
    private static final int MAX_PEERS = 64;

    private final Instance<KafkaStreams> streams;
    private final KeyedStateStatus status;
    private final CurrentVertxRequest request;
    private final HostInfo self;
    private final Duration timeout;
    private final long retryAfterSeconds;
    private final Map<HostInfo, PeerClient> peers = new ConcurrentHashMap<>();
    private volatile Client queryClient;

    public KeyedStateReads(Instance<KafkaStreams> streams, Instance<StreamsConfig> streamsConfig,
                           KeyedStateStatus status, CurrentVertxRequest request, StateConfig config) {
        this.streams = streams;
        this.status = status;
        this.request = request;
        // What Kafka Streams advertises to the other replicas, resolved once when it started.
        String server = streamsConfig.isResolvable() && streamsConfig.get() != null
                ? streamsConfig.get().getString(StreamsConfig.APPLICATION_SERVER_CONFIG) : "";
        this.self = server == null || server.isBlank() ? null : HostInfo.buildFromEndpoint(server);
        this.timeout = config.keyed().forwardTimeout();
        this.retryAfterSeconds = Math.max(1, (config.keyed().retryAfter().toMillis() + 999) / 1000);
    }

    /**
     * Answers a REST read of {@code key} in {@code store}: {@code local} when this replica owns the key (or the
     * request was forwarded here by another replica), else the owner's answer to the same request.
     *
     * @throws WebApplicationException 503 with Retry-After while the key's owner is unknown or does not answer
     */
    public <T> T answer(String store, String key, Class<T> type, Supplier<T> local) {
        RoutingContext http = request.getCurrent();
        if (http == null || http.request().getHeader(FORWARDED_BY) != null) {
            return servedHere(http, local);
        }
        KeyQueryMetadata owner = metadata(store, key);
        if (owner.activeHost().equals(self)) {
            return servedHere(http, local);
        }
        return forward(owner.activeHost(), store, key, http, type);
    }

    /**
     * The value of {@code key} in {@code store} on this replica (call it from {@link #answer}'s {@code local}).
     *
     * @throws WebApplicationException 503 when this replica does not hold the key's partition right now
     */
    public <V> Optional<V> local(String store, String key) {
        KeyQueryMetadata owner = metadata(store, key);
        try {
            ReadOnlyKeyValueStore<String, V> values = kafkaStreams().store(StoreQueryParameters
                    .fromNameAndType(store, QueryableStoreTypes.<String, V>keyValueStore())
                    .withPartition(owner.partition()));
            return Optional.ofNullable(values.get(key));
        } catch (InvalidStateStoreException e) {
            throw unavailable("the keyed state " + store + " for '" + key + "' is moving between replicas ("
                    + e.getMessage() + ")");
        }
    }

    /**
     * A global store (held whole by every replica, see {@link KeyedStateTopology#globalStore}).
     *
     * @throws WebApplicationException 503 while the store is not loaded yet
     */
    public <V> ReadOnlyKeyValueStore<String, V> global(String store) {
        try {
            return kafkaStreams().store(StoreQueryParameters.fromNameAndType(store,
                    QueryableStoreTypes.<String, V>keyValueStore()));
        } catch (InvalidStateStoreException e) {
            throw unavailable("the global store " + store + " is not loaded yet (" + e.getMessage() + ")");
        }
    }

    private <T> T servedHere(RoutingContext http, Supplier<T> local) {
        if (http != null && self != null) {
            http.response().putHeader(SERVED_BY, describe(self));
        }
        return local.get();
    }

    private <T> T forward(HostInfo owner, String store, String key, RoutingContext http, Class<T> type) {
        String path = http.request().path();
        String query = http.request().query();
        try (Response answer = query == null || query.isEmpty()
                ? peer(owner).get(path.startsWith("/") ? path.substring(1) : path, describe(self),
                        http.request().getHeader(HttpHeaders.AUTHORIZATION))
                : withQuery(owner, path, query, http.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            String body = answer.readEntity(String.class);
            if (answer.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
                String servedBy = answer.getHeaderString(SERVED_BY);
                http.response().putHeader(SERVED_BY, servedBy != null ? servedBy : describe(owner));
                return StateJson.read(body, type);
            }
            throw passOn(answer, body, owner);
        } catch (ProcessingException e) {
            LOG.debugf(e, "Forwarding %s to %s failed", path, describe(owner));
            throw unavailable("the replica " + describe(owner) + " that holds " + store + " for '" + key
                    + "' did not answer within " + timeout.toMillis() + " ms (" + e.getMessage() + ")");
        }
    }

    /** The owner's error, with its status and detail, as this replica's answer. */
    private static WebApplicationException passOn(Response answer, String body, HostInfo owner) {
        String detail;
        try {
            detail = StateJson.read(body, ProblemDetail.class).detail();
        } catch (RuntimeException e) {
            detail = null;
        }
        Response.ResponseBuilder response = Response.status(answer.getStatus());
        String retryAfter = answer.getHeaderString(HttpHeaders.RETRY_AFTER);
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        return new WebApplicationException(detail != null ? detail
                : "the replica " + describe(owner) + " that holds this key answered HTTP " + answer.getStatus(),
                response.build());
    }

    private KeyQueryMetadata metadata(String store, String key) {
        KafkaStreams kafkaStreams = kafkaStreams();
        if (!status.ready() && status.state() != KafkaStreams.State.REBALANCING) {
            throw unavailable("the keyed state is not ready yet (Kafka Streams is " + status.state() + ")");
        }
        KeyQueryMetadata owner;
        try {
            owner = kafkaStreams.queryMetadataForKey(store, key, Serdes.String().serializer());
        } catch (RuntimeException e) {
            throw unavailable("the owner of '" + key + "' in " + store + " is not known yet (" + e.getMessage() + ")");
        }
        if (owner == null || owner.equals(KeyQueryMetadata.NOT_AVAILABLE) || owner.activeHost() == null
                || owner.activeHost().equals(HostInfo.unavailable())) {
            throw unavailable("the owner of '" + key + "' in " + store + " is not known yet (Kafka Streams is "
                    + status.state() + ")");
        }
        return owner;
    }

    private KafkaStreams kafkaStreams() {
        KafkaStreams kafkaStreams = streams.isResolvable() ? streams.get() : null;
        if (kafkaStreams == null || self == null) {
            throw new IllegalStateException("keyed reads need a Topology producer and "
                    + "quarkus.kafka-streams.application-server");
        }
        return kafkaStreams;
    }

    private PeerClient peer(HostInfo owner) {
        if (peers.size() >= MAX_PEERS && !peers.containsKey(owner)) {
            closePeers();
        }
        return peers.computeIfAbsent(owner, host -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create("http://" + host.host() + ":" + host.port()))
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .disableDefaultMapper(true)
                .build(PeerClient.class));
    }

    /**
     * The same request with its query string (e.g. a band of predicted success): the typed peer client takes a
     * path only, so such requests go through the plain JAX-RS client, the query passed on as received (encoded).
     */
    private Response withQuery(HostInfo owner, String path, String query, String authorization) {
        Client client = queryClient;
        if (client == null) {
            synchronized (this) {
                if (queryClient == null) {
                    queryClient = ClientBuilder.newBuilder()
                            .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                            .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build();
                }
                client = queryClient;
            }
        }
        var request = client.target(URI.create("http://" + owner.host() + ":" + owner.port() + path + "?" + query))
                .request().header(FORWARDED_BY, describe(self));
        return (authorization == null ? request : request.header(HttpHeaders.AUTHORIZATION, authorization)).get();
    }

    /**
     * A 503 for a request; its cause marks it as the state not being available (not the input's fault), so that an
     * event handler reading keyed state while the stores load after a restart is retried until they answer instead
     * of being dead-lettered (the fault test {@code service-kill} lost an award that way).
     */
    private WebApplicationException unavailable(String detail) {
        return new WebApplicationException(detail, new StateUnavailableException(detail, new IOException(detail)),
                Response.status(Response.Status.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build());
    }

    private static String describe(HostInfo host) {
        return host.host() + ":" + host.port();
    }

    @PreDestroy
    void closePeers() {
        peers.values().forEach(client -> {
            if (client instanceof Closeable closeable) {
                try {
                    closeable.close();
                } catch (IOException e) {
                    LOG.debugf(e, "Closing a peer client failed");
                }
            }
        });
        peers.clear();
        if (queryClient != null) {
            queryClient.close();
            queryClient = null;
        }
    }
}
