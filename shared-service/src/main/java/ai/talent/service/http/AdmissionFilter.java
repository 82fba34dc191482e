package ai.talent.service.http;

import ai.talent.service.problem.ProblemDetail;
import ai.talent.service.problem.Problems;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Admission control for a service's {@code /v1} API, in front of the REST layer: a request gets a slot, waits
 * in a bounded queue for at most {@code talent.http.max-wait}, or is refused with a 503 problem and
 * {@code Retry-After}, so overload never becomes an unbounded wait. {@code /q/*} (health, metrics, OpenAPI) is
 * never limited, so a busy service still reports itself ready and observable.
 *
 * <p>Metric: {@code talent.http.rejected}, tagged {@code reason} = {@code queue-full} or {@code wait-timeout}.
 */
@ApplicationScoped
public class AdmissionFilter {

    /** The path the limit applies to; everything under the versioned API. */
    static final String LIMITED_PATHS = "/v1/*";

    private static final Logger LOG = Logger.getLogger(AdmissionFilter.class);

    private final HttpAdmissionConfig config;
    private final AdmissionLimiter limiter;
    private final ObjectMapper json;
    private final Counter rejectedQueueFull;
    private final Counter rejectedWaitTimeout;
    private final long retryAfterSeconds;

    public AdmissionFilter(HttpAdmissionConfig config, ObjectMapper json, MeterRegistry registry) {
        this.config = config;
        this.limiter = new AdmissionLimiter(HttpAdmissionConfig.slots(config), config.maxQueued());
        this.json = json;
        this.rejectedQueueFull = Counter.builder("talent.http.rejected").tag("reason", "queue-full")
                .description("/v1 requests refused with 503 because the service was at capacity")
                .register(registry);
        this.rejectedWaitTimeout = Counter.builder("talent.http.rejected").tag("reason", "wait-timeout")
                .description("/v1 requests refused with 503 because the service was at capacity")
                .register(registry);
        // Retry-After carries whole seconds; rounding down could tell a client to retry at once.
        this.retryAfterSeconds = Math.max(1, (config.retryAfter().toMillis() + 999) / 1000);
    }

    /** The limiter's live counts, for diagnostics and tests. */
    public AdmissionLimiter limiter() {
        return limiter;
    }

    void install(@Observes Router router) {
        // Before the REST layer's route (ROUTE_ORDER_DEFAULT), after Quarkus' own early handlers.
        router.route(LIMITED_PATHS).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        Context vertxContext = ctx.vertx().getOrCreateContext();
        AtomicLong timer = new AtomicLong(-1);
        // Quarkus keeps the request paused until the REST layer reads it, so a queued body is not lost.
        AdmissionLimiter.Admission admission = limiter.admit(() -> vertxContext.runOnContext(ignored -> {
            ctx.vertx().cancelTimer(timer.get());
            proceed(ctx);
        }));
        switch (admission.outcome()) {
            case ADMITTED -> proceed(ctx);
            case QUEUED -> timer.set(ctx.vertx().setTimer(Math.max(1, config.maxWait().toMillis()), ignored -> {
                if (limiter.abandon(admission.waiter())) {
                    rejectedWaitTimeout.increment();
                    reject(ctx, "waited " + config.maxWait().toMillis() + " ms for one of "
                            + HttpAdmissionConfig.slots(config) + " request slots without getting one");
                }
            }));
            case REJECTED -> {
                rejectedQueueFull.increment();
                reject(ctx, "all " + HttpAdmissionConfig.slots(config) + " request slots are busy and all "
                        + config.maxQueued() + " queue places are taken");
            }
        }
    }

    private void proceed(RoutingContext ctx) {
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                limiter.release();
            }
        };
        if (ctx.response().closed()) {
            // The client left while the request was queued; pass the slot on instead of serving nobody.
            release.run();
            return;
        }
        ctx.addEndHandler(ignored -> release.run());
        ctx.next();
    }

    private void reject(RoutingContext ctx, String why) {
        if (ctx.response().closed() || ctx.response().ended()) {
            return;
        }
        LOG.debugf("Refusing %s %s: %s", ctx.request().method(), ctx.request().path(), why);
        String detail = "The service is at capacity: " + why + ". Retry after " + retryAfterSeconds
                + " s; if this persists, reduce the request rate or raise talent.http.max-in-flight.";
        var problem = new ProblemDetail("about:blank", "Service Unavailable", 503, detail, ctx.request().path(), null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem detail record could not be written as JSON", e);
        }
        if (!ctx.request().isEnded()) {
            // The unread body is dropped; closing an HTTP/1.x connection keeps its leftovers from the next request.
            ctx.request().resume();
            if (ctx.request().version() != HttpVersion.HTTP_2) {
                ctx.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            }
        }
        ctx.response().setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
                .end(body);
    }
}
