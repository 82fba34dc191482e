package ai.talent.localstack.es;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdkLocatorTests {

    @Test
    void readsTheFeatureVersionFromAReleaseFile(@TempDir Path jdk) throws Exception {
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n");

        assertThat(JdkLocator.featureVersion(jdk)).contains(25);
    }

    @Test
    void readsLegacyVersionNumbers(@TempDir Path jdk) throws Exception {
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"1.8.0_402\"\n");

        assertThat(JdkLocator.featureVersion(jdk)).contains(8);
    }

    @Test
    void knowsNoVersionWithoutAReleaseFile(@TempDir Path notAJdk) {
        assertThat(JdkLocator.featureVersion(notAJdk)).isEmpty();
    }

    @Test
    void locatesAJdkThatCanRunElasticsearch() {
        Path jdk = JdkLocator.locate();

        assertThat(JdkLocator.featureVersion(jdk).orElse(Runtime.version().feature()))
                .isGreaterThanOrEqualTo(JdkLocator.MINIMUM_FEATURE_VERSION);
        assertThat(jdk.resolve("bin/javac")).isExecutable();
    }

    @Test
    void saysWhatToInstallWhenTheFolderHoldsNoJdk(@TempDir Path jvms) {
        assertThatThrownBy(() -> JdkLocator.locate(null, Optional.empty(), List.of(jvms)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JDK 21+")
                .hasMessageContaining(jvms.toString())
                .hasMessageContaining("Install one")
                .hasMessageContaining("JAVA21_HOME");
    }

    @Test
    void rejectsAnOlderJdkAndNamesIt(@TempDir Path jvms) throws Exception {
        Path jdk17 = fakeJdk(jvms.resolve("jdk-17"), "17.0.1");

        assertThatThrownBy(() -> JdkLocator.locate("", Optional.empty(), List.of(jvms)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(jdk17 + " (JDK 17)")
                .hasMessageContaining("Install one")
                .hasMessageContaining("JAVA21_HOME");
    }

    @Test
    void findsTheNewestJdkThatIsNewEnough(@TempDir Path jvms) throws Exception {
        fakeJdk(jvms.resolve("jdk-17"), "17.0.1");
        fakeJdk(jvms.resolve("jdk-21"), "21.0.4");
        Path jdk25 = fakeJdk(jvms.resolve("jdk-25"), "25.0.1");
        Files.createDirectories(jvms.resolve("not-a-jdk"));

        assertThat(JdkLocator.locate(null, Optional.empty(), List.of(jvms.resolve("missing"), jvms))).isEqualTo(jdk25);
    }

    @Test
    void prefersTheConfiguredJdkOverTheSearch(@TempDir Path jvms) throws Exception {
        Path jdk21 = fakeJdk(jvms.resolve("jdk-21"), "21.0.4");
        fakeJdk(jvms.resolve("jdk-25"), "25.0.1");

        assertThat(JdkLocator.locate(jdk21.toString(), Optional.empty(), List.of(jvms))).isEqualTo(jdk21);
    }

    @Test
    void rejectsAConfiguredJdkThatIsTooOld(@TempDir Path jvms) throws Exception {
        Path jdk17 = fakeJdk(jvms.resolve("jdk-17"), "17.0.1");
        fakeJdk(jvms.resolve("jdk-25"), "25.0.1");

        assertThatThrownBy(() -> JdkLocator.locate(jdk17.toString(), Optional.empty(), List.of(jvms)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JAVA21_HOME=" + jdk17)
                .hasMessageContaining("found version 17");
    }

    /** A folder that looks like a JDK to the locator: a release file and executable bin/java and bin/javac. */
    private static Path fakeJdk(Path home, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        for (String tool : List.of("java", "javac")) {
            Path file = Files.writeString(home.resolve("bin").resolve(tool), "#!/bin/sh\nexit 1\n");
            assertThat(file.toFile().setExecutable(true)).isTrue();
        }
        return home;
    }
}
