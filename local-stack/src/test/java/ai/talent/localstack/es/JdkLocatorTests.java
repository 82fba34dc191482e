package ai.talent.localstack.es;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

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
}
