package ai.talent.domain.skill;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The marketplace's skill taxonomy: look skills up by id or by any English or Korean name or alias,
 * list them by category, and walk their prerequisites. Immutable and safe to share between threads.
 */
public final class SkillTaxonomy {

    /** Classpath location of the team-written taxonomy. */
    public static final String RESOURCE = "ai/talent/domain/skill/skills.tsv";

    private final List<Skill> all;
    private final Map<String, Skill> byId;
    private final Map<String, Skill> byKey;
    private final Map<SkillCategory, List<Skill>> byCategory;

    private SkillTaxonomy(List<Skill> skills) {
        this.all = List.copyOf(skills);
        Map<String, Skill> ids = new LinkedHashMap<>();
        Map<String, Skill> keys = new HashMap<>();
        Map<SkillCategory, List<Skill>> categories = new EnumMap<>(SkillCategory.class);
        for (SkillCategory category : SkillCategory.values()) {
            categories.put(category, new ArrayList<>());
        }
        for (Skill skill : all) {
            ids.put(skill.id(), skill);
            keys.put(SkillNames.key(skill.id()), skill);
            keys.put(SkillNames.key(skill.nameEn()), skill);
            keys.put(SkillNames.key(skill.nameKo()), skill);
            for (String alias : skill.aliases()) {
                keys.put(SkillNames.key(alias), skill);
            }
            categories.get(skill.category()).add(skill);
        }
        categories.replaceAll((category, list) -> List.copyOf(list));
        this.byId = Collections.unmodifiableMap(ids);
        this.byKey = Collections.unmodifiableMap(keys);
        this.byCategory = Collections.unmodifiableMap(categories);
    }

    /** The taxonomy shipped with this module, loaded and validated once. */
    public static SkillTaxonomy standard() {
        return Standard.INSTANCE;
    }

    /** Parses and validates a taxonomy TSV; {@code source} names it in error messages. */
    static SkillTaxonomy parse(String source, String tsv) {
        return new SkillTaxonomy(SkillTsvParser.parse(source, tsv));
    }

    /** Every skill, in file order. */
    public List<Skill> all() {
        return all;
    }

    public Optional<Skill> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /**
     * The skill a person means by {@code nameOrAlias}, ignoring case, spaces, hyphens, dots and
     * full-width/half-width forms ("ReactJS", "리액트", " react.js " all find React).
     */
    public Optional<Skill> find(String nameOrAlias) {
        String key = SkillNames.key(nameOrAlias);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    public List<Skill> inCategory(SkillCategory category) {
        return byCategory.get(category);
    }

    /**
     * Every skill {@code id} builds on, directly or not, nearest first (breadth-first; within one
     * distance in the order the file lists them); each skill once.
     *
     * @throws IllegalArgumentException if no skill has this id
     */
    public List<Skill> prerequisitesOf(String id) {
        Skill start = byId.get(id);
        if (start == null) {
            throw new IllegalArgumentException("unknown skill id '" + id + "'");
        }
        Set<String> seen = new LinkedHashSet<>();
        Deque<Skill> queue = new ArrayDeque<>();
        queue.add(start);
        List<Skill> result = new ArrayList<>();
        while (!queue.isEmpty()) {
            for (String prerequisite : queue.poll().prerequisites()) {
                if (!prerequisite.equals(id) && seen.add(prerequisite)) {
                    Skill skill = byId.get(prerequisite);
                    result.add(skill);
                    queue.add(skill);
                }
            }
        }
        return List.copyOf(result);
    }

    public int size() {
        return all.size();
    }

    /** Holder so the file is read on first use, once, without locking afterwards. */
    private static final class Standard {
        static final SkillTaxonomy INSTANCE = load();

        private static SkillTaxonomy load() {
            try (InputStream in = SkillTaxonomy.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("skill taxonomy resource " + RESOURCE
                            + " is missing from the classpath");
                }
                return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read skill taxonomy " + RESOURCE, e);
            }
        }
    }
}
