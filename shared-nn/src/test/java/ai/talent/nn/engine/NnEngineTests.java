package ai.talent.nn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NnEngineTests {

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
