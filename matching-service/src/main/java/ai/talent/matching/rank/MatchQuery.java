package ai.talent.matching.rank;

import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.matching.retrieval.HardFilters;
import java.util.List;

/**
 * The project side of a match: a posted project, or an ad-hoc description (no id, maybe no text), with the hard
 * filters candidates must pass. {@code projectId}, {@code title}, {@code description}, {@code language} and
 * {@code region} may be null.
 */
public record MatchQuery(String projectId, String title, String description, Language language,
                         List<SkillRequirement> required, List<SkillRequirement> niceToHave, BudgetType budgetType,
                         long budgetKrw, int durationWeeks, Region region, boolean remote, HardFilters filters) {

    public MatchQuery {
        required = List.copyOf(required);
        niceToHave = niceToHave == null ? List.of() : List.copyOf(niceToHave);
        filters = filters == null ? HardFilters.NONE : filters;
    }

    /** A posted project with the filters it requires. */
    public static MatchQuery of(Project p, HardFilters filters) {
        return new MatchQuery(p.id(), p.title(), p.description(), p.language(), p.requiredSkills(),
                p.niceToHaveSkills(), p.budgetType(), p.budget().amount(), p.durationWeeks(), p.region(), p.remote(),
                filters);
    }

    public MatchQuery withFilters(HardFilters newFilters) {
        return new MatchQuery(projectId, title, description, language, required, niceToHave, budgetType, budgetKrw,
                durationWeeks, region, remote, newFilters);
    }
}
