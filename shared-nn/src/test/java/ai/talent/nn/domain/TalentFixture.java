package ai.talent.nn.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small made-up taxonomy written for the tests (nothing from ../shared/data): production occupations named
 * "&lt;line&gt; &lt;role&gt;", each role with shop-floor alternative titles ("minder", "foreman", "checker") that
 * a general-purpose encoder maps to the role only loosely. Roles are the ISCO major groups; three neighbouring lines
 * share an ISCO minor group. Learning the role words on some lines should carry over to lines held out.
 */
final class TalentFixture {

    static final List<String> LINES = List.of("metal press", "wood lathe", "plastic moulding", "paper cutting",
            "glass forming", "textile weaving", "food packaging", "cement mixing", "brick kiln", "rubber extrusion",
            "printing press", "leather tanning");

    /** Role: ISCO major group, the preferred title's suffix, the alternative titles' patterns. */
    record Role(String major, String title, List<String> alternatives) {
    }

    static final List<Role> ROLES = List.of(
            new Role("8", "%s operator", List.of("%s minder", "%s tender", "%s hand")),
            new Role("7", "%s quality inspector", List.of("%s checker", "%s grader", "%s examiner")),
            new Role("3", "%s maintenance technician", List.of("%s fitter", "%s mechanic", "%s millwright")),
            new Role("1", "%s production supervisor", List.of("%s foreman", "%s charge hand", "%s gaffer")),
            new Role("5", "%s sales representative", List.of("%s rep", "%s salesman", "%s trade agent")));

    private TalentFixture() {
    }

    static List<Occupation> occupations() {
        List<Occupation> out = new ArrayList<>();
        for (int l = 0; l < LINES.size(); l++) {
            for (Role r : ROLES) {
                String line = LINES.get(l);
                List<String> alternatives = r.alternatives().stream().map(p -> String.format(Locale.ROOT, p, line))
                        .toList();
                String isco = r.major() + "1" + (l / 3) + (l % 3);
                out.add(new Occupation("occ:" + line.replace(' ', '-') + ":" + r.major(), isco,
                        String.format(Locale.ROOT, r.title(), line), alternatives));
            }
        }
        return out;
    }

    static List<Skill> skills() {
        List<Skill> out = new ArrayList<>();
        for (String lang : List.of("Korean", "Spanish", "German", "Polish", "Greek")) {
            out.add(new Skill("skill:read-" + lang, "language", "understand written " + lang,
                    List.of("read " + lang, "comprehend written " + lang)));
            out.add(new Skill("skill:speak-" + lang, "language", "interact verbally in " + lang,
                    List.of("speak " + lang, "converse in " + lang)));
        }
        out.add(new Skill("skill:teamwork", "transversal", "work in teams", List.of("collaborate with colleagues")));
        out.add(new Skill("skill:advise", "transversal", "give advice to others", List.of("counsel others")));
        return out;
    }

    static Taxonomy taxonomy() {
        return new Taxonomy(occupations(), skills(), List.of("operate a forklift", "use spreadsheets software"),
                List.of(new TechExample("PostgreSQL", "43232306", "Data base user interface and query software"),
                        new TechExample("Microsoft Excel", "43232110", "Spreadsheet software")));
    }

    /** Writes the fixture in the taxonomy folder layout (the columns the loader reads, RFC 4180 quoting). */
    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("esco"));
        Files.createDirectories(dir.resolve("onet"));
        StringBuilder occ = new StringBuilder("conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,description\n");
        for (Occupation o : occupations()) {
            occ.append("Occupation,").append(o.id()).append(',').append(o.isco()).append(',').append(o.preferred())
                    .append(",\"").append(String.join("\n", o.alternatives())).append("\",\"Works, \"\"hard\"\".\"\n");
        }
        Files.writeString(dir.resolve(Taxonomy.OCCUPATIONS), occ, StandardCharsets.UTF_8);
        StringBuilder language = new StringBuilder("conceptType,conceptUri,preferredLabel,altLabels\n");
        StringBuilder transversal = new StringBuilder(language);
        for (Skill s : skills()) {
            StringBuilder target = s.collection().equals("language") ? language : transversal;
            target.append("KnowledgeSkillCompetence,").append(s.id()).append(',').append(s.preferred()).append(",\"")
                    .append(String.join(" | ", s.aliases())).append("\"\n");
        }
        Files.writeString(dir.resolve("esco/languageSkillsCollection_en.csv"), language, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("esco/transversalSkillsCollection_en.csv"), transversal, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("esco/ictSkillsCollection_en.csv"),
                "conceptType,conceptUri,preferredLabel,altLabels\n", StandardCharsets.UTF_8);
        // A skill group named like a skill: merged with it by label.
        Files.writeString(dir.resolve("esco/skillGroups_en.csv"), "conceptType,conceptUri,preferredLabel,altLabels\n"
                + "SkillGroup,group:teams,work in teams,\"teamwork\nteam working\"\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(Taxonomy.SKILL_LABELS), "operate a forklift\nuse spreadsheets software\n"
                + "work in teams\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(Taxonomy.ONET_TECHNOLOGY), "O*NET-SOC Code\tExample\tCommodity Code\t"
                + "Commodity Title\tHot Technology\tIn Demand\n"
                + "15-1252.00\tPostgreSQL\t43232306\tData base user interface and query software\tY\tN\n"
                + "43-3031.00\tMicrosoft Excel\t43232110\tSpreadsheet software\tY\tY\n"
                + "43-3031.00\tMicrosoft Excel\t43232110\tSpreadsheet software\tY\tY\n", StandardCharsets.UTF_8);
        return dir;
    }
}
