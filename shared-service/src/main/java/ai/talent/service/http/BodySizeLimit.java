package ai.talent.service.http;

import ai.talent.service.problem.ProblemDetail;
import ai.talent.service.problem.Problems;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A {@code /v1} request whose {@code Content-Length} is over {@code quarkus.http.limits.max-body-size} gets a 413
 * problem (RFC 9457) naming the limit, before the body is read. Quarkus' own check, right after this one, answers
 * with an empty 413; it still bounds a chunked body without a length, and the REST layer stops reading it there.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** After authentication (-200) and authorization (-100), before Quarkus' upload limit (-2). */
    static final int ORDER = -3;

    private final Optional<MemorySize> limit;
    private final ObjectMapper json;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit,
                         ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    void install(@Observes Router router) {
        limit.ifPresent(max -> router.route("/v1/*").order(ORDER).handler(ctx -> check(ctx, max.asLongValue())));
    }

    private void check(RoutingContext ctx, long max) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long size;
        try {
            size = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size <= max) {
            ctx.next();
            return;
        }
        var problem = new ProblemDetail("about:blank", "Request Entity Too Large", 413, "The request body has " + size
                + " bytes; this service takes at most " + max + " (quarkus.http.limits.max-body-size)",
                ctx.request().path(), null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem detail record could not be written as JSON", e);
        }
        // The body is not read: closing an HTTP/1.x connection keeps its leftovers from the next request.
        ctx.request().resume();
        if (ctx.request().version() != HttpVersion.HTTP_2) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE).end(body);
    }
}
