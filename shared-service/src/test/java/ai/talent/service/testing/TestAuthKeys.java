package ai.talent.service.testing;

import ai.talent.service.auth.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A throw-away RSA key pair for tests that turn bearer-token auth on, generated on first use under
 * {@code target/test-auth-keys} (never committed, no production value), and tokens signed with it. Kept in files
 * rather than in a static field: the test profile and the test itself run in different class loaders of one JVM
 * and must see the same pair.
 */
public final class TestAuthKeys {

    public static final String ISSUER = "talent-ai-test";
    private static final Path FOLDER = Path.of("target", "test-auth-keys").toAbsolutePath();

    private TestAuthKeys() {
    }

    /** The configuration that turns auth on with this pair (for a {@code QuarkusTestProfile}). */
    public static Map<String, String> authOn() {
        return Map.of("talent.auth.enabled", "true",
                "mp.jwt.verify.publickey.location", publicKey().toString(),
                "mp.jwt.verify.issuer", ISSUER);
    }

    public static synchronized Path publicKey() {
        Path pem = FOLDER.resolve("public.pem");
        if (!Files.exists(pem)) {
            try {
                // Written beside, then moved into place whole, so a reader never sees half a pair.
                Path fresh = Files.createTempDirectory(Files.createDirectories(FOLDER.getParent()), "test-auth-keys");
                Tokens.writeKeyPair(Tokens.newKeyPair(), fresh);
                Files.move(fresh, FOLDER, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.exists(pem)) {
                    throw new UncheckedIOException("cannot create the test key pair in " + FOLDER, e);
                }
            }
        }
        return pem;
    }

    static PrivateKey privateKey() {
        publicKey();
        return Tokens.readPrivateKey(FOLDER.resolve("private.pem"));
    }

    /** A valid token for one hour with these roles. */
    public static String token(String... roles) {
        return Tokens.mint(privateKey(), ISSUER, "test-user", List.of(roles), Duration.ofHours(1));
    }

    /** A token with these roles that expired an hour ago (beyond any clock skew). */
    public static String expiredToken(String... roles) {
        Instant now = Instant.now();
        return Tokens.mint(privateKey(), ISSUER, "test-user", List.of(roles), now.minus(Duration.ofHours(2)),
                now.minus(Duration.ofHours(1)));
    }

    /** A token with these roles signed by a key the service does not know. */
    public static String tokenFromAnotherKey(String... roles) {
        return Tokens.mint(Tokens.newKeyPair().getPrivate(), ISSUER, "test-user", List.of(roles), Duration.ofHours(1));
    }

    /** A token with these roles, properly signed, from an issuer the service does not trust. */
    public static String tokenFromAnotherIssuer(String... roles) {
        return Tokens.mint(privateKey(), "someone-else", "test-user", List.of(roles), Duration.ofHours(1));
    }
}
