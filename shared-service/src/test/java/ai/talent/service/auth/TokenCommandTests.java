package ai.talent.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCommandTests {

    @TempDir
    Path keys;

    @Test
    void mintsAnRs256TokenWithTheRolesIssuerAndLifetimeThatThePublicPemVerifies() throws Exception {
        KeyPair pair = Tokens.newKeyPair();
        Tokens.writeKeyPair(pair, keys);

        String token = TokenCommand.run(new String[] {"--role", "recruiter,admin", "--key",
                keys.resolve("private.pem").toString(), "--issuer", "iss-x", "--subject", "ops", "--ttl", "15m"});

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode header = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.path("alg").asText()).isEqualTo("RS256");
        assertThat(claims.path("iss").asText()).isEqualTo("iss-x");
        assertThat(claims.path("upn").asText()).isEqualTo("ops");
        assertThat(claims.path("groups")).extracting(JsonNode::asText).containsExactly("recruiter", "admin");
        long now = Instant.now().getEpochSecond();
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(900);
        assertThat(claims.path("exp").asLong()).isBetween(now + 890, now + 910);

        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(readPublic(keys.resolve("public.pem")));
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        assertThat(Files.readString(keys.resolve("private.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
    }

    @Test
    void refusesAnUnknownRoleAMissingRoleABadLifetimeAndAnUnreadableKey() {
        assertThatThrownBy(() -> TokenCommand.run(new String[] {"--role", "root"}))
                .isInstanceOf(TokenCommand.UsageException.class).hasMessageContaining("unknown role 'root'");
        assertThatThrownBy(() -> TokenCommand.run(new String[] {"--ttl", "1h"}))
                .hasMessageContaining("--role is required");
        assertThatThrownBy(() -> TokenCommand.run(new String[] {"--role", "admin", "--ttl", "soon"}))
                .hasMessageContaining("--ttl takes a duration");
        assertThatThrownBy(() -> TokenCommand.run(new String[] {"--role", "admin", "--key",
                keys.resolve("missing.pem").toString()})).hasMessageContaining("cannot read the private key");
        assertThat(TokenCommand.run(new String[] {"--help"})).startsWith("Usage: ./talent token");
    }

    private static PublicKey readPublic(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
