package ai.talent.service.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bearer-token auth as every service answers it with auth on (as in prod): a {@code /v1} request without a token,
 * with an expired one, one signed by another key or from another issuer is a 401 problem; a valid token without the
 * path's role a 403 problem; the role the path needs (and admin, which implies every role) gets through; health,
 * metrics and OpenAPI stay open. A service's test extends it under the {@link AuthOn} profile and names one request
 * of each kind in its constructor.
 */
public abstract class BearerAuthContract {

    /** The test profile every service's subclass runs under: auth on with the test key pair, as in prod. */
    public static class AuthOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestAuthKeys.authOn();
        }
    }


    /** A request, its body JSON or null. */
    public record Call(String method, String path, String body) {

        public static Call get(String path) {
            return new Call("GET", path, null);
        }

        public static Call post(String path, String body) {
            return new Call("POST", path, body);
        }

        Response send(RequestSpecification request) {
            if (body != null) {
                request = request.contentType(ContentType.JSON).body(body);
            }
            return request.request(method, path);
        }
    }

    private final Call allowed;
    private final String role;
    private final String otherRole;
    private final Optional<Call> adminOnly;

    /**
     * What a service's subclass names: {@code allowed}, a request the service answers with 200 for {@code role}
     * (nothing needs to be published first); {@code otherRole}, a role that does not open it; {@code adminOnly}, a
     * request only admin may make (answered 200 for admin), or null when the service has none.
     */
    protected BearerAuthContract(Call allowed, String role, String otherRole, Call adminOnly) {
        this.allowed = allowed;
        this.role = role;
        this.otherRole = otherRole;
        this.adminOnly = Optional.ofNullable(adminOnly);
    }

    @BeforeEach
    void awaitReady() {
        Readiness.await();
        // Keyed reads answer 503 for a moment after readiness while Kafka Streams settles: wait for a real answer.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                allowed.send(given().auth().oauth2(TestAuthKeys.token(role))).statusCode() != 503);
    }

    @Test
    void withoutATokenTheApiAnswers401WithABearerChallengeAndAProblem() {
        allowed.send(given()).then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("instance", equalTo(allowed.path().replaceAll("\\?.*", "")))
                .body("detail", containsString("bearer token"));
        allowed.send(given().header("Authorization", "Basic dXNlcjpwYXNz")).then().statusCode(401);
    }

    @Test
    void aTokenThatIsExpiredBadlySignedOrFromAnotherIssuerIs401() {
        Map.of("expired", TestAuthKeys.expiredToken(role),
                "another key", TestAuthKeys.tokenFromAnotherKey(role),
                "another issuer", TestAuthKeys.tokenFromAnotherIssuer(role),
                "not a JWT", "not.a.jwt").forEach((kind, token) ->
                allowed.send(given().auth().oauth2(token)).then()
                        .statusCode(401)
                        .contentType("application/problem+json")
                        .body("status", equalTo(401))
                        .body("detail", containsString("refused")));
    }

    @Test
    void aValidTokenWithoutThePathsRoleIs403() {
        allowed.send(given().auth().oauth2(TestAuthKeys.token(otherRole))).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", containsString("roles"));
    }

    @Test
    void thePathsRoleAndAdminAreLetThrough() {
        allowed.send(given().auth().oauth2(TestAuthKeys.token(role))).then().statusCode(200);
        allowed.send(given().auth().oauth2(TestAuthKeys.token("admin"))).then().statusCode(200);
    }

    @Test
    void administrativePathsNeedAdmin() {
        adminOnly.ifPresent(call -> {
            call.send(given().auth().oauth2(TestAuthKeys.token(role))).then().statusCode(403);
            call.send(given().auth().oauth2(TestAuthKeys.token("admin"))).then().statusCode(200);
        });
    }

    @Test
    void healthMetricsAndOpenApiStayOpen() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(containsString("bearerFormat: JWT"));
    }
}
