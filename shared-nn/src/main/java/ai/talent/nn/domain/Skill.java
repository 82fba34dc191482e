package ai.talent.nn.domain;

import java.util.List;

/** One skill with its aliases; {@code collection} names where it came from (ESCO collection, skill groups). */
public record Skill(String id, String collection, String preferred, List<String> aliases) {

    public Skill {
        if (id == null || id.isBlank() || preferred == null || preferred.isBlank()) {
            throw new IllegalArgumentException("a skill needs an id and a preferred label: " + id);
        }
        aliases = List.copyOf(aliases);
    }
}
