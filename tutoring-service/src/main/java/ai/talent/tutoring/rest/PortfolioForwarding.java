package ai.talent.tutoring.rest;

import ai.talent.service.state.StateConfig;
import ai.talent.service.state.keyed.KeyedStateReads;
import ai.talent.tutoring.portfolio.WorkHistoryState;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;

/**
 * A portfolio request for a freelancer whose work history another replica owns is sent on to that replica (the
 * same POST, marked {@value KeyedStateReads#FORWARDED_BY} so it is never sent on again) and its answer passed back
 * unchanged: the shared {@link KeyedStateReads} forwards GETs only, and this request has a body.
 */
@ApplicationScoped
public class PortfolioForwarding {

    private final Instance<KafkaStreams> streams;
    private final HostInfo self;
    private final Duration timeout;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public PortfolioForwarding(Instance<KafkaStreams> streams, Instance<StreamsConfig> streamsConfig,
                               StateConfig config) {
        this.streams = streams;
        String server = streamsConfig.isResolvable() && streamsConfig.get() != null
                ? streamsConfig.get().getString(StreamsConfig.APPLICATION_SERVER_CONFIG) : "";
        this.self = server == null || server.isBlank() ? null : HostInfo.buildFromEndpoint(server);
        this.timeout = config.keyed().forwardTimeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * The replica that owns the freelancer's work history, when it is known and not this one. Unknown owners
     * (state not ready) are answered here, where the keyed read says 503 with Retry-After.
     */
    public Optional<HostInfo> otherOwner(String freelancerId) {
        if (self == null || !streams.isResolvable()) {
            return Optional.empty();
        }
        try {
            KeyQueryMetadata owner = streams.get().queryMetadataForKey(WorkHistoryState.STORE, freelancerId,
                    Serdes.String().serializer());
            if (owner == null || owner.equals(KeyQueryMetadata.NOT_AVAILABLE) || owner.activeHost() == null
                    || owner.activeHost().equals(HostInfo.unavailable()) || owner.activeHost().equals(self)) {
                return Optional.empty();
            }
            return Optional.of(owner.activeHost());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** How the other replicas reach this one ({@code host:port}), null without keyed state. */
    public String self() {
        return self == null ? null : self.host() + ":" + self.port();
    }

    /** The owner's answer to the same request. */
    public Response forward(HostInfo owner, PortfolioRequest request) {
        String target = "http://" + owner.host() + ":" + owner.port() + "/v1/portfolios";
        try {
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(target)).timeout(timeout)
                    .header(HttpHeaders.CONTENT_TYPE, "application/json")
                    .header(KeyedStateReads.FORWARDED_BY, self.host() + ":" + self.port())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(request))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            Response.ResponseBuilder out = Response.status(answer.statusCode()).entity(answer.body());
            answer.headers().firstValue(HttpHeaders.CONTENT_TYPE).ifPresent(out::type);
            answer.headers().firstValue("Talent-Event-Id").ifPresent(id -> out.header("Talent-Event-Id", id));
            out.header(KeyedStateReads.SERVED_BY, answer.headers().firstValue(KeyedStateReads.SERVED_BY)
                    .orElse(owner.host() + ":" + owner.port()));
            answer.headers().firstValue(HttpHeaders.RETRY_AFTER).ifPresent(r -> out.header(HttpHeaders.RETRY_AFTER, r));
            return out.build();
        } catch (IOException e) {
            throw unavailable(owner, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(owner, "interrupted");
        }
    }

    private WebApplicationException unavailable(HostInfo owner, String why) {
        return new WebApplicationException("the replica " + owner.host() + ":" + owner.port() + " that holds the work"
                + " history of this freelancer did not answer within " + timeout.toMillis() + " ms (" + why + ")",
                Response.status(Response.Status.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, 2).build());
    }
}
