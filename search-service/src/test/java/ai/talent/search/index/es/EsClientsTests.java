package ai.talent.search.index.es;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talent.search.config.SearchConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EsClientsTests {

    @TempDir
    Path dir;

    @Test
    void aCaCertificatePemBecomesTheOnlyTrustAnchor() throws Exception {
        Path pem = selfSignedCa();
        KeyStore trust = EsClients.trustStore(pem);
        assertThat(trust.size()).isEqualTo(1);
        X509Certificate ca = (X509Certificate) trust.getCertificate(trust.aliases().nextElement());
        assertThat(ca.getSubjectX500Principal().getName()).isEqualTo("CN=test-ca");
        assertThat(EsClients.trusting(pem).getProtocol()).isEqualTo("TLS");
        assertThat(EsClients.connect("https://es:9200", config("elastic", "secret", pem.toString()))).isNotNull();
    }

    @Test
    void aUserWithoutPasswordACaForPlainHttpAndAFileThatIsNoCertificateAreRefusedAtStart() throws IOException {
        assertThatThrownBy(() -> EsClients.connect("https://es:9200", config("elastic", null, null)))
                .hasMessageContaining("ELASTICSEARCH_PASSWORD");
        Path pem = selfSignedCa();
        assertThatThrownBy(() -> EsClients.connect("http://es:9200", config(null, null, pem.toString())))
                .hasMessageContaining("is not https");
        Path notPem = Files.writeString(dir.resolve("nope.pem"), "not a certificate");
        assertThatThrownBy(() -> EsClients.trusting(notPem)).hasMessageContaining("not a PEM X.509 certificate");
        assertThatThrownBy(() -> EsClients.trusting(dir.resolve("missing.pem"))).hasMessageContaining("cannot read");
        assertThat(EsClients.connect("http://es:9200", config(null, null, null))).isNotNull();
    }

    /** A CA certificate as ECK's ca.crt is: PEM, made here with the JDK's keytool (nothing committed). */
    private Path selfSignedCa() {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Path store = dir.resolve("ca.p12");
        Path pem = dir.resolve("ca.crt");
        if (Files.exists(pem)) {
            return pem;
        }
        run(keytool.toString(), "-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-dname",
                "CN=test-ca", "-ext", "bc:c", "-validity", "2", "-keystore", store.toString(), "-storepass", "changeit");
        run(keytool.toString(), "-exportcert", "-rfc", "-alias", "ca", "-keystore", store.toString(), "-storepass",
                "changeit", "-file", pem.toString());
        return pem;
    }

    private static void run(String... command) {
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).as("%s: %s", command[1], out).isZero();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static SearchConfig.Elasticsearch config(String user, String password, String ca) {
        return new SearchConfig.Elasticsearch() {
            @Override
            public Optional<String> url() {
                return Optional.empty();
            }

            @Override
            public Optional<String> username() {
                return Optional.ofNullable(user);
            }

            @Override
            public Optional<String> password() {
                return Optional.ofNullable(password);
            }

            @Override
            public Optional<String> caCertificate() {
                return Optional.ofNullable(ca);
            }

            @Override
            public String index() {
                return "talent-freelancers";
            }
        };
    }
}
