package ai.talent.nn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

class NnEngineTests {

    @Test
    void refusesWithAClearMessageWhenTheNativesAreMissing(@TempDir Path emptyCache) throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("pytorch-native") && !entry.contains("pytorch-jni"))
                .collect(Collectors.joining(File.pathSeparator));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-DDJL_CACHE_DIR=" + emptyCache, "-cp", classPath, MissingNativesProbe.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isEqualTo(3);
        assertThat(output).contains("REFUSED: PyTorch natives could not be loaded offline")
                .contains("pytorch-native-cpu");
    }

    @Test
    void loadsPyTorchOfflineAndComputes() {
        assertThat(NnEngine.get().getEngineName()).isEqualTo("PyTorch");
        try (NDManager manager = NnEngine.get().newBaseManager()) {
            NDArray a = manager.create(new float[] {1f, 2f, 3f});
            assertThat(a.mul(2).sum().getFloat()).isEqualTo(12f);
        }
    }

    @Test
    void configuresTheIntraOpThreadCountOfANewThread() throws Exception {
        NnEngine.get();
        AtomicInteger before = new AtomicInteger();
        AtomicInteger after = new AtomicInteger();
        Thread worker = new Thread(() -> {
            // what a thread that never configured itself runs with on a multi-core machine
            JniUtils.setNumThreads(NnEngine.intraOpThreads() + 1);
            before.set(JniUtils.getNumThreads());
            NnEngine.configureCurrentThread();
            after.set(JniUtils.getNumThreads());
        });
        worker.start();
        worker.join();
        assertThat(before.get()).isEqualTo(NnEngine.intraOpThreads() + 1);
        assertThat(after.get()).isEqualTo(NnEngine.intraOpThreads());
    }
}
