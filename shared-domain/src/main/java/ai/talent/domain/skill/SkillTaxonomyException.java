package ai.talent.domain.skill;

/**
 * A skill taxonomy file that cannot be loaded; the message names the source, the line and what to fix
 * there.
 */
public final class SkillTaxonomyException extends RuntimeException {

    private final int line;

    SkillTaxonomyException(String source, int line, String problem) {
        super(source + (line > 0 ? " line " + line : "") + ": " + problem);
        this.line = line;
    }

    /** The 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
