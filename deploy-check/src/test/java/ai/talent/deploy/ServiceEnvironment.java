package ai.talent.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which environment variables a service understands: those its application.properties reads through
 * {@code ${NAME}} expressions, the environment form of every property key it sets (MicroProfile Config
 * maps {@code quarkus.http.port} to {@code QUARKUS_HTTP_PORT}), and the JVM image's own variables.
 */
final class ServiceEnvironment {

    private static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_OPTS", "JAVA_OPTS_APPEND");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    private ServiceEnvironment() {
    }

    static Set<String> known(String service) {
        Properties p = Repo.serviceProperties(service);
        Set<String> names = new HashSet<>(IMAGE_VARIABLES);
        for (String key : p.stringPropertyNames()) {
            String bare = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            names.add(bare.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
            Matcher m = EXPRESSION.matcher(p.getProperty(key));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    static void assertKnown(String service, Collection<String> variables) {
        assertThat(known(service)).as("environment variables %s understands", service).containsAll(variables);
    }
}
