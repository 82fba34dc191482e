package ai.talent.domain.model;

import java.util.List;

/** Argument checks shared by the domain and event records; each failure names the field and the reason. */
public final class Checks {

    private Checks() {
    }

    public static String id(String value, String field) {
        if (value == null) {
            throw new DomainValidationException(field, "is required");
        }
        if (value.isBlank()) {
            throw new DomainValidationException(field, "must not be empty");
        }
        return value;
    }

    public static String text(String value, String field) {
        if (value == null) {
            throw new DomainValidationException(field, "is required");
        }
        return value;
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new DomainValidationException(field, "is required");
        }
        return value;
    }

    public static <T> List<T> list(List<T> value, String field) {
        if (value == null) {
            throw new DomainValidationException(field, "is required");
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw new DomainValidationException(field + "[" + i + "]", "must not be null");
            }
        }
        return List.copyOf(value);
    }

    public static <T> List<T> optionalList(List<T> value, String field) {
        return value == null ? List.of() : list(value, field);
    }

    public static List<String> ids(List<String> value, String field) {
        List<String> copy = list(value, field);
        for (int i = 0; i < copy.size(); i++) {
            id(copy.get(i), field + "[" + i + "]");
        }
        return copy;
    }

    public static int range(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new DomainValidationException(field, "must be " + min + "–" + max + ", was " + value);
        }
        return value;
    }

    public static double range(double value, double min, double max, String field) {
        if (!(value >= min && value <= max)) {
            throw new DomainValidationException(field, "must be " + min + "–" + max + ", was " + value);
        }
        return value;
    }

    public static long atLeast(long value, long min, String field) {
        if (value < min) {
            throw new DomainValidationException(field, "must be ≥ " + min + ", was " + value);
        }
        return value;
    }

    public static double atLeast(double value, double min, String field) {
        if (!(value >= min) || Double.isInfinite(value)) {
            throw new DomainValidationException(field, "must be a finite number ≥ " + min + ", was " + value);
        }
        return value;
    }

    public static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new DomainValidationException(field, "must be a finite number, was " + value);
        }
        return value;
    }

    /** A rating average: 0 means "no ratings yet", otherwise it lies on the 1–5 scale. */
    public static double ratingAverage(double value, String field) {
        if (value != 0.0 && !(value >= 1.0 && value <= 5.0)) {
            throw new DomainValidationException(field, "must be 0 (no ratings) or 1–5, was " + value);
        }
        return value;
    }
}
