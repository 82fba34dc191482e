package ai.talent.load.http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.function.LongFunction;

/**
 * One kind of request of a mix, named for reports ({@code POST /v1/matches}); the path (and body) may vary with the
 * request's sequence number so that a mix walks over many ids instead of hitting one cache entry.
 */
public record Call(String name, String method, LongFunction<String> path, LongFunction<String> body) {

    public static Call get(String name, LongFunction<String> path) {
        return new Call(name, "GET", path, null);
    }

    public static Call get(String path) {
        return get("GET " + path, i -> path);
    }

    public static Call post(String name, LongFunction<String> path, LongFunction<String> body) {
        return new Call(name, "POST", path, body);
    }

    /** The {@code i}-th of a list, cycling. */
    public static <T> T pick(List<T> values, long i) {
        return values.get((int) Math.floorMod(i * 7919L, (long) values.size()));
    }

    HttpRequest.Builder request(String baseUrl, long sequence) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path.apply(sequence)));
        if (body == null) {
            return builder.GET();
        }
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.apply(sequence)));
    }
}
