package ai.talent.nn.tune;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One point of a search space: hyperparameter name to value, in the space's order. */
public record Config(Map<String, Object> values) {

    public Config {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Object get(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("config has no parameter '" + name + "'; it has " + values.keySet());
        }
        return v;
    }

    public double getDouble(String name) {
        return ((Number) get(name)).doubleValue();
    }

    public int getInt(String name) {
        return ((Number) get(name)).intValue();
    }

    public String getString(String name) {
        return String.valueOf(get(name));
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
