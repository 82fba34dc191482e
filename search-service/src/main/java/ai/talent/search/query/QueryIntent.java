package ai.talent.search.query;

import ai.talent.domain.model.Nullable;
import ai.talent.domain.model.Region;
import java.util.List;
import java.util.Optional;

/**
 * A query as understood: the text as typed, every constraint found in it (in the order of the text), the words
 * left over as free text, and the query's shape (script, length) for fusion.
 */
public record QueryIntent(String query, List<Constraint> constraints, String freeText, QueryShape shape) {

    public QueryIntent {
        constraints = List.copyOf(constraints);
    }

    public static QueryIntent empty() {
        return new QueryIntent("", List.of(), "", QueryShape.of(""));
    }

    public boolean isEmpty() {
        return query.isBlank();
    }

    public List<Constraint> all(ConstraintKind kind) {
        return constraints.stream().filter(c -> c.kind() == kind).toList();
    }

    public Optional<Constraint> first(ConstraintKind kind) {
        return constraints.stream().filter(c -> c.kind() == kind).findFirst();
    }

    public List<String> skillIds() {
        return all(ConstraintKind.SKILL).stream().map(Constraint::value).distinct().toList();
    }

    public List<Region> regions() {
        return all(ConstraintKind.REGION).stream().map(c -> Region.valueOf(c.value())).distinct().toList();
    }

    public boolean remote() {
        return first(ConstraintKind.REMOTE).isPresent();
    }

    public @Nullable Long maxRate() {
        return first(ConstraintKind.MAX_RATE).map(c -> Long.parseLong(c.value())).orElse(null);
    }

    public @Nullable Long minRate() {
        return first(ConstraintKind.MIN_RATE).map(c -> Long.parseLong(c.value())).orElse(null);
    }

    public @Nullable Integer minYears() {
        return first(ConstraintKind.MIN_YEARS).map(c -> Integer.parseInt(c.value())).orElse(null);
    }

    public @Nullable String seniority() {
        return first(ConstraintKind.SENIORITY).map(Constraint::value).orElse(null);
    }

    public @Nullable String language() {
        return first(ConstraintKind.LANGUAGE).map(Constraint::value).orElse(null);
    }

    public @Nullable Integer minAvailability() {
        return first(ConstraintKind.AVAILABILITY).map(c -> Integer.parseInt(c.value())).orElse(null);
    }

    public @Nullable String role() {
        return first(ConstraintKind.ROLE).map(Constraint::value).orElse(null);
    }

    public @Nullable String domain() {
        return first(ConstraintKind.DOMAIN).map(Constraint::value).orElse(null);
    }
}
