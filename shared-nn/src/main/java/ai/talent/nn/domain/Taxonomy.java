package ai.talent.nn.domain;

import ai.talent.nn.compress.EscoTitles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The talent taxonomies the domain encoder learns from, read at run time: ESCO occupations (preferred and
 * alternative titles, ISCO-08 group), ESCO skills with aliases (the ICT, language and transversal collections and
 * the skill groups), the full list of ESCO skill labels (candidates when a skill alias is looked up), and O*NET
 * technology examples with their commodity classes.
 */
public record Taxonomy(List<Occupation> occupations, List<Skill> skills, List<String> skillLabels,
        List<TechExample> techExamples) {

    /** Default folder, relative to the project root. */
    public static final Path DEFAULT_DIR = Path.of("../shared/data/taxonomy");
    static final String OCCUPATIONS = "esco/occupations_en.csv";
    static final List<String> SKILL_COLLECTIONS = List.of("esco/ictSkillsCollection_en.csv",
            "esco/languageSkillsCollection_en.csv", "esco/transversalSkillsCollection_en.csv",
            "esco/skillGroups_en.csv");
    static final String SKILL_LABELS = "esco/skills_en_label_v1.1.0.txt";
    static final String ONET_TECHNOLOGY = "onet/Technology Skills.txt";

    public Taxonomy {
        occupations = List.copyOf(occupations);
        skills = List.copyOf(skills);
        skillLabels = List.copyOf(skillLabels);
        techExamples = List.copyOf(techExamples);
    }

    /** Reads every file under {@code dir}; a missing file is named in the error. */
    public static Taxonomy load(Path dir) throws IOException {
        List<Occupation> occupations = occupations(file(dir, OCCUPATIONS));
        // A skill in two collections, or a skill group named like a skill, is one text to look up: merged by label.
        Map<String, Skill> skills = new LinkedHashMap<>();
        for (String name : SKILL_COLLECTIONS) {
            String collection = name.substring(name.indexOf('/') + 1, name.indexOf("_en.csv"));
            for (Skill s : skills(file(dir, name), collection)) {
                skills.merge(s.preferred(), s, (a, b) -> new Skill(a.id(), a.collection(), a.preferred(),
                        new ArrayList<>(union(a.aliases(), b.aliases()))));
            }
        }
        List<String> labels = Files.readAllLines(file(dir, SKILL_LABELS), StandardCharsets.UTF_8).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        return new Taxonomy(occupations, new ArrayList<>(skills.values()), labels,
                techExamples(file(dir, ONET_TECHNOLOGY)));
    }

    /** Every skill text a skill alias may be matched against: the skills' preferred labels, then the label list. */
    public List<String> skillCandidates() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        skills.forEach(s -> out.add(s.preferred()));
        out.addAll(skillLabels);
        return new ArrayList<>(out);
    }

    /** ESCO occupations: {@code conceptUri}, {@code iscoGroup}, {@code preferredLabel}, newline-separated {@code altLabels}. */
    static List<Occupation> occupations(Path csv) throws IOException {
        List<List<String>> rows = EscoTitles.parse(Files.readString(csv, StandardCharsets.UTF_8));
        Map<String, Integer> col = columns(rows.get(0), csv, "conceptUri", "iscoGroup", "preferredLabel", "altLabels");
        List<Occupation> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < rows.get(0).size()) {
                continue;
            }
            String preferred = row.get(col.get("preferredLabel")).trim();
            List<String> alternatives = new ArrayList<>();
            for (String a : row.get(col.get("altLabels")).split("\n")) {
                if (!a.isBlank()) {
                    alternatives.add(a.trim());
                }
            }
            out.add(new Occupation(row.get(col.get("conceptUri")).trim(), row.get(col.get("iscoGroup")).trim(),
                    preferred, alternatives));
        }
        if (out.isEmpty()) {
            throw new IOException(csv + " holds no occupations");
        }
        return out;
    }

    /** An ESCO skill collection or the skill groups: aliases separated by {@code |} or newlines. */
    static List<Skill> skills(Path csv, String collection) throws IOException {
        List<List<String>> rows = EscoTitles.parse(Files.readString(csv, StandardCharsets.UTF_8));
        Map<String, Integer> col = columns(rows.get(0), csv, "conceptUri", "preferredLabel", "altLabels");
        List<Skill> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < rows.get(0).size()) {
                continue;
            }
            String preferred = row.get(col.get("preferredLabel")).trim();
            LinkedHashSet<String> aliases = new LinkedHashSet<>();
            for (String a : row.get(col.get("altLabels")).split("[|\n]")) {
                if (!a.isBlank() && !a.trim().equals(preferred)) {
                    aliases.add(a.trim());
                }
            }
            out.add(new Skill(row.get(col.get("conceptUri")).trim(), collection, preferred, new ArrayList<>(aliases)));
        }
        return out;
    }

    /** O*NET technology skills, tab-separated: code, example, commodity code, commodity title, ...; unique examples. */
    static List<TechExample> techExamples(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        Map<String, TechExample> out = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            if (c.length >= 4 && !c[1].isBlank() && !c[3].isBlank()) {
                out.putIfAbsent(c[1].trim(), new TechExample(c[1].trim(), c[2].trim(), c[3].trim()));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static Map<String, Integer> columns(List<String> header, Path file, String... names) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String n : names) {
            int i = header.indexOf(n);
            if (i < 0) {
                throw new IOException(file + " has no column " + n + " (header: " + header + ")");
            }
            out.put(n, i);
        }
        return out;
    }

    private static Set<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    static Path file(Path dir, String name) throws IOException {
        Path f = dir.resolve(name);
        if (!Files.isRegularFile(f)) {
            throw new IOException("taxonomy file not found: " + f.toAbsolutePath() + " (pass --data pointing at the "
                    + "shared taxonomy folder that holds " + name + ")");
        }
        return f;
    }
}
