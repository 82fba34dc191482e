package ai.talent.domain.skill;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and validates the hand-written taxonomy TSV: one skill a line after the header, aliases and
 * prerequisites '|'-separated, blank lines and '#' comments allowed. Every problem is reported with
 * its line so the file can be fixed by hand.
 */
final class SkillTsvParser {

    static final String HEADER = "id\tcategory\tname_en\tname_ko\taliases\tprerequisites\tpopularity";
    private static final int COLUMNS = 7;
    private static final String LIST_SEPARATOR = "\\|";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private SkillTsvParser() {
    }

    /** Parses {@code text} (the whole file) and returns the validated skills in file order. */
    static List<Skill> parse(String source, String text) {
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].replace("\uFEFF", "").strip().equals(HEADER)) {
            throw new SkillTaxonomyException(source, 1,
                    "expected the header '" + HEADER.replace("\t", "<TAB>") + "'");
        }
        Map<String, Skill> byId = new LinkedHashMap<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        Map<String, String> idOfKey = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Skill skill = parseLine(source, lineNo, line);
            if (byId.containsKey(skill.id())) {
                throw new SkillTaxonomyException(source, lineNo, "duplicate id '" + skill.id()
                        + "' (first defined on line " + lineOfId.get(skill.id()) + ")");
            }
            for (String name : namesOf(skill)) {
                String key = SkillNames.key(name);
                String owner = idOfKey.putIfAbsent(key, skill.id());
                if (owner != null && !owner.equals(skill.id())) {
                    throw new SkillTaxonomyException(source, lineNo, "name or alias '" + name + "' of '"
                            + skill.id() + "' already refers to '" + owner + "' (line " + lineOfId.get(owner)
                            + "); an alias must point to one skill only");
                }
            }
            byId.put(skill.id(), skill);
            lineOfId.put(skill.id(), lineNo);
        }
        if (byId.isEmpty()) {
            throw new SkillTaxonomyException(source, 0, "no skills after the header");
        }
        for (Skill skill : byId.values()) {
            for (String prerequisite : skill.prerequisites()) {
                if (!byId.containsKey(prerequisite)) {
                    throw new SkillTaxonomyException(source, lineOfId.get(skill.id()), "'" + skill.id()
                            + "' has unknown prerequisite id '" + prerequisite + "'");
                }
            }
        }
        rejectCycles(source, byId, lineOfId);
        return List.copyOf(byId.values());
    }

    private static Skill parseLine(String source, int lineNo, String line) {
        String[] f = line.split("\t", -1);
        if (f.length != COLUMNS) {
            throw new SkillTaxonomyException(source, lineNo, "expected " + COLUMNS
                    + " tab-separated columns, found " + f.length);
        }
        String id = f[0].strip();
        if (!SLUG.matcher(id).matches()) {
            throw new SkillTaxonomyException(source, lineNo,
                    "id '" + id + "' is not a lowercase slug like 'spring-boot'");
        }
        SkillCategory category;
        try {
            category = SkillCategory.valueOf(f[1].strip());
        } catch (IllegalArgumentException e) {
            throw new SkillTaxonomyException(source, lineNo, "bad category '" + f[1].strip() + "' for '" + id
                    + "'; expected one of " + Arrays.toString(SkillCategory.values()));
        }
        String nameEn = f[2].strip();
        String nameKo = f[3].strip();
        if (nameEn.isEmpty()) {
            throw new SkillTaxonomyException(source, lineNo, "missing English name for '" + id + "'");
        }
        if (nameKo.isEmpty()) {
            throw new SkillTaxonomyException(source, lineNo, "missing Korean name for '" + id + "'");
        }
        int popularity;
        try {
            popularity = Integer.parseInt(f[6].strip());
        } catch (NumberFormatException e) {
            throw new SkillTaxonomyException(source, lineNo, "popularity of '" + id + "' must be a whole number "
                    + Skill.MIN_POPULARITY + ".." + Skill.MAX_POPULARITY + ", was '" + f[6].strip() + "'");
        }
        if (popularity < Skill.MIN_POPULARITY || popularity > Skill.MAX_POPULARITY) {
            throw new SkillTaxonomyException(source, lineNo, "popularity of '" + id + "' out of range "
                    + Skill.MIN_POPULARITY + ".." + Skill.MAX_POPULARITY + ", was " + popularity);
        }
        return new Skill(id, nameEn, nameKo, list(f[4]), category, list(f[5]), popularity);
    }

    private static List<String> list(String field) {
        List<String> items = new ArrayList<>();
        for (String item : field.split(LIST_SEPARATOR, -1)) {
            String stripped = item.strip();
            if (!stripped.isEmpty()) {
                items.add(stripped);
            }
        }
        return items;
    }

    private static List<String> namesOf(Skill skill) {
        List<String> names = new ArrayList<>(skill.aliases().size() + 3);
        names.add(skill.id());
        names.add(skill.nameEn());
        names.add(skill.nameKo());
        names.addAll(skill.aliases());
        return names;
    }

    /** Depth-first search with on-path marks; reports the first cycle found as a readable chain. */
    private static void rejectCycles(String source, Map<String, Skill> byId, Map<String, Integer> lineOfId) {
        Map<String, Boolean> finished = new HashMap<>();
        for (String start : byId.keySet()) {
            if (finished.containsKey(start)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Integer> nextChild = new ArrayDeque<>();
            path.push(start);
            nextChild.push(0);
            finished.put(start, false);
            while (!path.isEmpty()) {
                String current = path.peek();
                int child = nextChild.pop();
                List<String> prerequisites = byId.get(current).prerequisites();
                if (child == prerequisites.size()) {
                    finished.put(current, true);
                    path.pop();
                    continue;
                }
                nextChild.push(child + 1);
                String next = prerequisites.get(child);
                Boolean state = finished.get(next);
                if (state == null) {
                    finished.put(next, false);
                    path.push(next);
                    nextChild.push(0);
                } else if (!state) {
                    List<String> chain = new ArrayList<>();
                    for (String id : path) {
                        chain.add(0, id);
                        if (id.equals(next)) {
                            break;
                        }
                    }
                    chain.add(next);
                    throw new SkillTaxonomyException(source, lineOfId.get(current),
                            "prerequisite cycle " + String.join(" -> ", chain));
                }
            }
        }
    }
}
