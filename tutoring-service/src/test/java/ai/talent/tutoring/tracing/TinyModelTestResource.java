package ai.talent.tutoring.tracing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the service under test at the registry holding the {@link TinyModel} (trained first if needed). */
public class TinyModelTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("tutoring.tracing.registry", TinyModel.registry().toString());
    }

    @Override
    public void stop() {
    }
}
