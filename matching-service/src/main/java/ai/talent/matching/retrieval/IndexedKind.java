package ai.talent.matching.retrieval;

import ai.talent.domain.model.Region;
import java.util.List;

/**
 * What a vector index needs to know of the entities it holds (freelancers, or projects for the other direction):
 * the id, the text the tower encodes, the skills it offers or asks for (with levels), and the fields hard filters
 * look at.
 */
public interface IndexedKind<T extends Record> {

    /** Folder and index name part: {@code freelancers}, {@code projects}. */
    String name();

    Class<T> type();

    String id(T entity);

    String text(T entity);

    /** Skill ids with the level held (freelancer) or the minimum level asked for (project). */
    List<SkillTerm> skills(T entity);

    /**
     * True when the skills are offered at their level (a freelancer holding level 4 serves asks for levels 1–4),
     * false when they are asked for at a minimum level (a project asking level 2 accepts levels 2–5).
     */
    boolean offersSkills();

    Region region(T entity);

    /** Whether the entity works remotely (a freelancer open to remote work; a remote project). */
    boolean remote(T entity);

    /** Hourly rate in KRW (freelancer) or hourly budget in KRW (project). */
    long hourlyKrw(T entity);

    /** Hours per week offered (freelancer) or expected (project; 0 when unknown). */
    int hoursPerWeek(T entity);

    /** Whether the entity may be retrieved (a closed project stays stored but is not matched). */
    boolean open(T entity);

    /**
     * What the ranker reads from the entity's words ({@code TextSignals}, encoded), read once when the entity is
     * indexed and stored with it, so a ranking does not read a hundred candidates' texts again; null for none.
     */
    default String signals(T entity) {
        return null;
    }

    /** A skill with a level 1–5. */
    record SkillTerm(String skillId, int level) {
    }
}
