package ai.talent.search.index.es;

import ai.talent.search.config.SearchConfig;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The Elasticsearch client of the search back end: the URL, basic-auth credentials when a user is configured, and,
 * for a cluster with its own CA (ECK's self-signed HTTP certificates), an SSL context that trusts that CA only.
 * Misconfiguration fails at start with the setting to fix, not at the first request.
 */
public final class EsClients {

    private EsClients() {
    }

    public static ElasticsearchClient connect(String url, SearchConfig.Elasticsearch config) {
        String user = config.username().filter(s -> !s.isBlank()).orElse(null);
        String password = config.password().filter(s -> !s.isBlank()).orElse(null);
        if (user != null && password == null) {
            throw new IllegalArgumentException("talent.search.elasticsearch.username is set but the password is not "
                    + "(ELASTICSEARCH_PASSWORD; ECK: the secret <cluster>-es-elastic-user, key elastic)");
        }
        SSLContext ssl = config.caCertificate().filter(s -> !s.isBlank()).map(ca -> {
            if (!url.toLowerCase(Locale.ROOT).startsWith("https://")) {
                throw new IllegalArgumentException("talent.search.elasticsearch.ca-certificate is set but the URL "
                        + url + " is not https");
            }
            return trusting(Path.of(ca));
        }).orElse(null);
        return ElasticsearchClient.of(b -> {
            b.host(url);
            if (user != null) {
                b.usernameAndPassword(user, password);
            }
            if (ssl != null) {
                b.sslContext(ssl);
            }
            return b;
        });
    }

    /** An SSL context whose only trust anchors are the certificates of a PEM file. */
    static SSLContext trusting(Path pem) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trustStore(pem));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build an SSL context: " + e.getMessage(), e);
        }
    }

    /** The certificates of a PEM file as a trust store. */
    static KeyStore trustStore(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException(pem + " holds no certificate");
            }
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int i = 0;
            for (Certificate c : certificates) {
                trust.setCertificateEntry("elasticsearch-ca-" + i++, c);
            }
            return trust;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the Elasticsearch CA certificate " + pem
                    + " (talent.search.elasticsearch.ca-certificate): " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(pem + " is not a PEM X.509 certificate: " + e.getMessage(), e);
        }
    }
}
