package ai.talent.nn.domain;

import java.util.List;

/**
 * One occupation of the taxonomy: its id (ESCO concept URI), its ISCO-08 unit group code (4 digits; the first is
 * the major group), its preferred title and its alternative titles.
 */
public record Occupation(String id, String isco, String preferred, List<String> alternatives) {

    public Occupation {
        if (id == null || id.isBlank() || preferred == null || preferred.isBlank()) {
            throw new IllegalArgumentException("an occupation needs an id and a preferred title: " + id);
        }
        if (isco == null || isco.isEmpty() || !isco.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("occupation " + id + " has no ISCO code: '" + isco + "'");
        }
        alternatives = List.copyOf(alternatives);
    }

    /** The ISCO major group (first digit). */
    public String majorGroup() {
        return isco.substring(0, 1);
    }

    /** The ISCO minor group (first three digits): the neighbourhood hard negatives come from. */
    public String minorGroup() {
        return isco.substring(0, Math.min(3, isco.length()));
    }
}
