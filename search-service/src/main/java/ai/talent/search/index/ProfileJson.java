package ai.talent.search.index;

import ai.talent.domain.model.Freelancer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;

/** How a profile is stored inside an index document: its JSON, and vectors as little-endian floats. */
public final class ProfileJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ProfileJson() {
    }

    public static String write(Freelancer f) {
        try {
            return JSON.writeValueAsString(f);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise freelancer " + f.id(), e);
        }
    }

    public static Freelancer read(String json) {
        try {
            return JSON.readValue(json, Freelancer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored profile is not a freelancer: " + e.getOriginalMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(Freelancer f) {
        return JSON.convertValue(f, Map.class);
    }

    public static Freelancer fromMap(Object map) {
        return JSON.convertValue(map, Freelancer.class);
    }

    public static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    public static float[] floats(byte[] bytes, int offset, int length) {
        float[] out = new float[length / Float.BYTES];
        ByteBuffer.wrap(bytes, offset, length).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }
}
