package ai.talent.search.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The orderings a recruiter can ask for; ties always break by freelancer id, so pages are stable. */
public enum SortOrder {
    RELEVANCE("relevance"),
    RATING("rating"),
    RATE_ASC("rate_asc"),
    RATE_DESC("rate_desc"),
    YEARS("years"),
    AVAILABILITY("availability");

    private final String wireName;

    SortOrder(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<SortOrder> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(RELEVANCE);
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.wireName.equals(v)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(SortOrder::wireName).toList());
    }
}
