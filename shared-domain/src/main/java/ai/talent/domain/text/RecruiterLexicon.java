package ai.talent.domain.text;

import ai.talent.domain.skill.SkillCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What recruiters' words mean, written by the team ({@code lexicon.tsv} beside this class): one row per meaning,
 * kind (role, domain, region, remote, seniority, language, availability), key (a role's English title, a domain's
 * name, a {@code Region}, ...) and the phrases, Korean and English, that say it; a role row also names the
 * {@link SkillCategory} the role works in. Search's query parser and the success predictor's text signals both read
 * it from here, so the platform understands a word one way.
 */
public final class RecruiterLexicon {

    public static final String RESOURCE = "ai/talent/domain/text/lexicon.tsv";

    /** One meaning and the phrases that state it; {@code category}: a role's skill category, else null. */
    public record Row(String kind, String key, List<String> phrases, SkillCategory category) {

        public Row {
            phrases = List.copyOf(phrases);
        }
    }

    /** Last words of a software title that name the same job: "FE developer" is an "FE engineer". */
    private static final List<List<String>> INTERCHANGEABLE = List.of(List.of(" developer", " engineer"),
            List.of(" 개발자", " 엔지니어"));

    private static final RecruiterLexicon STANDARD = new RecruiterLexicon(read(RESOURCE), RESOURCE);

    private final List<Row> rows;

    private RecruiterLexicon(String text, String source) {
        List<Row> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = lines[i].split("\t");
            boolean role = cols.length > 0 && cols[0].strip().equals("role");
            if (cols.length != (role ? 4 : 3) || Arrays.stream(cols).anyMatch(String::isBlank)) {
                throw new IllegalStateException(source + " line " + (i + 1) + ": expected kind <TAB> key <TAB> phrases"
                        + (role ? " <TAB> skill category" : "") + ", got: " + lines[i]);
            }
            SkillCategory category = null;
            if (role) {
                try {
                    category = SkillCategory.valueOf(cols[3].strip());
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(source + " line " + (i + 1) + ": unknown skill category '"
                            + cols[3].strip() + "'", e);
                }
            }
            out.add(new Row(cols[0].strip(), cols[1].strip(),
                    Arrays.stream(cols[2].split("\\|")).map(String::strip).filter(p -> !p.isEmpty()).toList(),
                    category));
        }
        this.rows = withInterchangeableTitles(out);
    }

    /**
     * Role rows with each title ending in one word of {@link #INTERCHANGEABLE} also written with the other, unless
     * some row already holds that phrase (then it means what that row says).
     */
    private static List<Row> withInterchangeableTitles(List<Row> rows) {
        Set<String> taken = new HashSet<>();
        rows.forEach(r -> r.phrases().forEach(p -> taken.add(p.toLowerCase(Locale.ROOT))));
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            if (!r.kind().equals("role")) {
                out.add(r);
                continue;
            }
            List<String> phrases = new ArrayList<>(r.phrases());
            for (String p : r.phrases()) {
                for (List<String> pair : INTERCHANGEABLE) {
                    for (int i = 0; i < 2; i++) {
                        String lower = p.toLowerCase(Locale.ROOT);
                        if (lower.endsWith(pair.get(i))) {
                            String other = p.substring(0, p.length() - pair.get(i).length()) + pair.get(1 - i);
                            if (taken.add(other.toLowerCase(Locale.ROOT))) {
                                phrases.add(other);
                            }
                        }
                    }
                }
            }
            out.add(new Row(r.kind(), r.key(), phrases, r.category()));
        }
        return List.copyOf(out);
    }

    /** The team's lexicon. */
    public static RecruiterLexicon standard() {
        return STANDARD;
    }

    /** A lexicon in the same format from another class-path resource (a module's own phrases). */
    public static RecruiterLexicon fromResource(String resource) {
        return new RecruiterLexicon(read(resource), resource);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Each role's skill category, by the role's key. */
    public Map<String, SkillCategory> roleCategories() {
        Map<String, SkillCategory> out = new LinkedHashMap<>();
        rows("role").forEach(r -> out.put(r.key(), r.category()));
        return out;
    }

    /** The rows of one kind, in file order. */
    public List<Row> rows(String kind) {
        return rows.stream().filter(r -> r.kind().equals(kind)).toList();
    }

    private static String read(String resource) {
        try (InputStream in = RecruiterLexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
