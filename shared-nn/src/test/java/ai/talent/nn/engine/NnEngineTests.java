package ai.talent.nn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
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
}
