package ai.talent.nn.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the figure maps that benchmarks and reports return: name, value, unit, reference, ratio. */
final class Figures {

    private Figures() {
    }

    static Map<String, Object> figure(String name, double value, String unit, Double reference) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("value", round(value));
        f.put("unit", unit);
        if (reference != null) {
            f.put("reference", round(reference));
            f.put("ratio", reference == 0 ? null : round(value / reference));
        }
        return f;
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
