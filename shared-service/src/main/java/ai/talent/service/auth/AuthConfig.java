package ai.talent.service.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Whether {@code /v1} needs a bearer token ({@code talent.auth.*}). The roles each path needs are the
 * {@code quarkus.http.auth.permission.*} entries of each service, enabled by this same switch; the key and issuer
 * tokens are checked against are SmallRye JWT's {@code mp.jwt.verify.*} (shared-service README, "Security").
 */
@ConfigMapping(prefix = "talent.auth")
public interface AuthConfig {

    /**
     * On: every {@code /v1} request needs a valid token with a role the path allows (401 / 403 otherwise). Off: the
     * API is open and a token sent anyway is ignored. On in the prod profile unless {@code TALENT_AUTH_ENABLED=false}.
     */
    @WithDefault("false")
    boolean enabled();
}
