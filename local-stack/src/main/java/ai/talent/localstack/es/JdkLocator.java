package ai.talent.localstack.es;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds a JDK of at least the version Elasticsearch needs, since the suite itself runs on Java 17: the
 * folder named by {@value #ENV}, else the running JDK if it is new enough, else the newest under
 * {@code /usr/lib/jvm} (or {@code JAVA_HOME}'s parent folder).
 */
public final class JdkLocator {

    /** A JDK to use for Elasticsearch, e.g. {@code /usr/lib/jvm/temurin-25-jdk-amd64}. */
    public static final String ENV = "JAVA21_HOME";
    public static final int MINIMUM_FEATURE_VERSION = 21;
    private static final List<Path> SEARCH_ROOTS = List.of(Path.of("/usr/lib/jvm"), Path.of("/opt/java"),
            Path.of(System.getProperty("user.home"), ".sdkman", "candidates", "java"));

    private JdkLocator() {
    }

    /** The JDK home to use, or an exception that says how to provide one. */
    public static Path locate() {
        Path running = Path.of(System.getProperty("java.home"));
        Optional<Path> runningJdk = Optional.of(running)
                .filter(home -> Runtime.version().feature() >= MINIMUM_FEATURE_VERSION && hasJavac(home));
        return locate(System.getenv(ENV), runningJdk, defaultRoots());
    }

    /**
     * The same search with its inputs given: the value of {@value #ENV} (null or blank when unset), the running
     * JDK when it is already good enough, and the folders whose sub-folders may be JDKs.
     */
    static Path locate(String configured, Optional<Path> runningJdk, List<Path> roots) {
        if (configured != null && !configured.isBlank()) {
            Path home = Path.of(configured);
            int version = featureVersion(home).orElse(0);
            if (version < MINIMUM_FEATURE_VERSION || !hasJavac(home)) {
                throw new IllegalStateException(ENV + "=" + configured + " is not a JDK " + MINIMUM_FEATURE_VERSION
                        + "+ (found version " + (version == 0 ? "unknown: no readable release file" : version)
                        + ", javac " + (hasJavac(home) ? "present" : "missing") + "). Point " + ENV + " at a JDK "
                        + MINIMUM_FEATURE_VERSION + " or newer (e.g. Temurin 21 or 25), or unset it to search "
                        + roots + ".");
            }
            return home;
        }
        if (runningJdk.isPresent()) {
            return runningJdk.get();
        }
        List<Path> candidates = candidates(roots);
        return candidates.stream()
                .filter(JdkLocator::hasJavac)
                .filter(home -> featureVersion(home).orElse(0) >= MINIMUM_FEATURE_VERSION)
                .max(Comparator.comparingInt(home -> featureVersion(home).orElse(0)))
                .orElseThrow(() -> new IllegalStateException("Elasticsearch needs a JDK " + MINIMUM_FEATURE_VERSION
                        + "+ (with javac) and none was found under "
                        + roots.stream().filter(Files::isDirectory).toList()
                        + (candidates.isEmpty() ? " (no JDK folders there)" : "; only " + describe(candidates))
                        + ". Install one (e.g. Temurin 21 or 25) and set " + ENV + " to its folder."));
    }

    private static List<Path> defaultRoots() {
        Stream<Path> roots = SEARCH_ROOTS.stream();
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank() && Path.of(javaHome).getParent() != null) {
            roots = Stream.concat(roots, Stream.of(Path.of(javaHome).getParent()));
        }
        return roots.distinct().toList();
    }

    private static List<Path> candidates(List<Path> roots) {
        return roots.stream().filter(Files::isDirectory).flatMap(JdkLocator::children).distinct().toList();
    }

    private static String describe(List<Path> candidates) {
        return candidates.stream()
                .map(home -> home + " (" + featureVersion(home).map(v -> "JDK " + v).orElse("no release file")
                        + (hasJavac(home) ? "" : ", no javac") + ")")
                .collect(Collectors.joining(", "));
    }

    private static boolean hasJavac(Path home) {
        return Files.isExecutable(home.resolve("bin/javac"));
    }

    private static Stream<Path> children(Path root) {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isDirectory).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    /** The feature version in the JDK's {@code release} file ({@code JAVA_VERSION="25.0.1"} gives 25). */
    static Optional<Integer> featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(release)) {
            properties.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "").trim();
        String feature = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < feature.length() && Character.isDigit(feature.charAt(end))) {
            end++;
        }
        return end == 0 ? Optional.empty() : Optional.of(Integer.parseInt(feature.substring(0, end)));
    }
}
