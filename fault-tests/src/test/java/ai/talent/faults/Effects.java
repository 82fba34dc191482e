package ai.talent.faults;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers the scenarios share: waiting, and reading a number out of a JSON answer. */
final class Effects {

    private Effects() {
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The integer value of the first {@code "field":N} in {@code json}, or -1. */
    static int intField(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\":(\\d+)").matcher(json);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The text value of the first {@code "field":"..."} in {@code json}, or null. */
    static String textField(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
