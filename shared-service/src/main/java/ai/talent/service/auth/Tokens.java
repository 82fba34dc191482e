package ai.talent.service.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * RS256 JWTs as the services verify them (MicroProfile JWT: {@code iss}, {@code sub}/{@code upn}, {@code groups} =
 * the roles, {@code iat}/{@code exp}), and the RSA key pairs they are signed with, as PEM files. For operators and
 * development ({@code ./talent token}) and for tests; a production issuer is the platform's identity provider.
 */
public final class Tokens {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {
    }

    /** A fresh 2048-bit RSA key pair. */
    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot generate RSA keys", e);
        }
    }

    /** Writes {@code private.pem} (PKCS#8, readable by its owner only) and {@code public.pem} (X.509) into a folder. */
    public static void writeKeyPair(KeyPair pair, Path folder) {
        try {
            Files.createDirectories(folder);
            Path privateKey = folder.resolve("private.pem");
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            try {
                Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions apply
            }
            Files.writeString(folder.resolve("public.pem"), publicPem(pair.getPublic()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key pair into " + folder, e);
        }
    }

    /** The public key as the services read it ({@code mp.jwt.verify.publickey.location}). */
    public static String publicPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    /** Reads a PKCS#8 private key PEM ({@code -----BEGIN PRIVATE KEY-----}). */
    public static PrivateKey readPrivateKey(Path pem) {
        try {
            String text = Files.readString(pem);
            if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
                throw new IllegalArgumentException(pem + " is not a PKCS#8 private key PEM (-----BEGIN PRIVATE KEY-----)");
            }
            String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the private key " + pem, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException(pem + " does not hold an RSA private key: " + e.getMessage(), e);
        }
    }

    /** A token for {@code subject} with {@code roles}, issued now by {@code issuer}, valid for {@code lifetime}. */
    public static String mint(PrivateKey key, String issuer, String subject, List<String> roles, Duration lifetime) {
        Instant now = Instant.now();
        return mint(key, issuer, subject, roles, now, now.plus(lifetime));
    }

    /** A token with explicit times (tests: an expired one). */
    public static String mint(PrivateKey key, String issuer, String subject, List<String> roles, Instant issuedAt,
                              Instant expiresAt) {
        Map<String, Object> header = Map.of("alg", "RS256", "typ", "JWT");
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", roles);
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        try {
            String signingInput = URL.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + URL.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rs256.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the token", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
