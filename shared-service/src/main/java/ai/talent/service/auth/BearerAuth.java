package ai.talent.service.auth;

import ai.talent.service.problem.ProblemDetail;
import ai.talent.service.problem.Problems;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The suite's bearer-token auth around {@code /v1}: SmallRye JWT verifies the token and the service's
 * {@code quarkus.http.auth.permission.*} entries decide which role a path needs; this class makes the answers
 * speak RFC 9457 and says at start-up whether auth is on.
 *
 * <ul>
 *   <li>auth on, no bearer token: 401 problem with {@code WWW-Authenticate: Bearer}, before Quarkus' own check
 *       (which would answer an empty 401);</li>
 *   <li>a token that is expired, badly signed or from another issuer: 401 problem; a valid token without the
 *       path's role: 403 problem (failure handler on {@code /v1/*});</li>
 *   <li>auth off: the {@code Authorization} header of a {@code /v1} request is dropped, so a token sent anyway is
 *       ignored instead of being checked against a key the service may not have.</li>
 * </ul>
 */
@ApplicationScoped
public class BearerAuth {

    static final String PROTECTED_PATHS = "/v1/*";
    /** Before Quarkus' authentication (-200) and authorization (-100) filters, after its request bookkeeping. */
    static final int ORDER_BEFORE_AUTHENTICATION = -1000;
    private static final String BEARER = "bearer ";
    private static final Logger LOG = Logger.getLogger(BearerAuth.class);

    private final AuthConfig config;
    private final ObjectMapper json;
    private final Optional<String> publicKeyLocation;
    private final Optional<String> publicKey;
    private final Optional<String> issuer;

    public BearerAuth(AuthConfig config, ObjectMapper json,
                      @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> publicKeyLocation,
                      @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> publicKey,
                      @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer) {
        this.config = config;
        this.json = json;
        this.publicKeyLocation = publicKeyLocation.filter(BearerAuth::isSet);
        this.publicKey = publicKey.filter(BearerAuth::isSet);
        this.issuer = issuer.filter(s -> !s.isBlank());
    }

    /** Refuses to start with auth on and no key to check tokens with: every request would be a 401. */
    void report(@Observes StartupEvent started) {
        if (!config.enabled()) {
            LOG.info("Bearer-token auth is OFF: every /v1 endpoint is open. Turn it on with TALENT_AUTH_ENABLED=true "
                    + "and TALENT_AUTH_PUBLIC_KEY=<public key PEM>; ./talent token --help mints a token");
            return;
        }
        if (publicKeyLocation.isEmpty() && publicKey.isEmpty()) {
            throw new IllegalStateException("Bearer-token auth is on (talent.auth.enabled) but no key to verify tokens "
                    + "with is configured: set TALENT_AUTH_PUBLIC_KEY (mp.jwt.verify.publickey.location) to the "
                    + "issuer's public key (PEM), or TALENT_AUTH_ENABLED=false to run without auth");
        }
        publicKeyLocation.filter(BearerAuth::isLocalFile).map(BearerAuth::localPath)
                .filter(path -> !Files.isReadable(path)).ifPresent(path -> {
                    throw new IllegalStateException("Bearer-token auth is on but the public key "
                            + path.toAbsolutePath() + " (TALENT_AUTH_PUBLIC_KEY) cannot be read");
                });
        LOG.infof("Bearer-token auth is ON: /v1 needs a JWT signed by the key at %s, issuer %s, with a role the "
                + "path allows (recruiter, platform, admin); health, metrics and OpenAPI stay open",
                publicKeyLocation.orElse("mp.jwt.verify.publickey"), issuer.orElse("(any)"));
    }

    void install(@Observes Router router) {
        router.route(PROTECTED_PATHS).order(ORDER_BEFORE_AUTHENTICATION).handler(this::beforeAuthentication);
        router.route(PROTECTED_PATHS).failureHandler(this::onFailure);
    }

    private void beforeAuthentication(RoutingContext ctx) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (!config.enabled()) {
            if (authorization != null) {
                ctx.request().headers().remove(HttpHeaders.AUTHORIZATION);
            }
            ctx.next();
            return;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            unauthorized(ctx, "This endpoint needs a bearer token: send 'Authorization: Bearer <JWT>' with a role "
                    + "it allows (recruiter, platform or admin; ./talent token mints one for operators)");
            return;
        }
        ctx.next();
    }

    private void onFailure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (ctx.response().ended()) {
            return;
        }
        if (failure instanceof ForbiddenException) {
            answer(ctx, 403, "Forbidden", "The token is valid but has none of the roles this endpoint allows");
        } else if (failure instanceof AuthenticationException || failure instanceof UnauthorizedException) {
            unauthorized(ctx, "The bearer token was refused: it is expired, not signed by the configured key, from "
                    + "another issuer, or malformed");
        } else {
            ctx.next();
        }
    }

    private void unauthorized(RoutingContext ctx, String detail) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        answer(ctx, 401, "Unauthorized", detail);
    }

    private void answer(RoutingContext ctx, int status, String title, String detail) {
        var problem = new ProblemDetail("about:blank", title, status, detail, ctx.request().path(), null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem detail record could not be written as JSON", e);
        }
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE).end(body);
    }

    /** SmallRye JWT reads {@code NONE} as "no key" (the shared default when TALENT_AUTH_PUBLIC_KEY is not set). */
    private static boolean isSet(String value) {
        return !value.isBlank() && !value.equals("NONE");
    }

    private static boolean isLocalFile(String location) {
        // a classpath or http(s) location is SmallRye JWT's to resolve; an absolute path or file: URL is checked here
        return location.startsWith("/") || location.startsWith("file:");
    }

    private static Path localPath(String location) {
        return Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
    }
}
