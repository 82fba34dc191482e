package ai.talent.search.query.tagger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads SkillSpan's CoNLL files (token, skill tag, knowledge tag; a blank line between sentences) from the data
 * folder at run time: {@code skills/skillspan/skillspan_{house,tech}_{train,dev,test}.conll}.
 */
public final class SkillSpanCorpus {

    public static final String DIR = "skills/skillspan";

    private SkillSpanCorpus() {
    }

    /** Both sources' sentences of one split ({@code train}, {@code dev} or {@code test}). */
    public static List<TaggedSentence> split(Path dataDir, String split) throws IOException {
        List<TaggedSentence> out = new ArrayList<>();
        for (String source : new String[] {"house", "tech"}) {
            Path file = dataDir.resolve(DIR).resolve("skillspan_" + source + "_" + split + ".conll");
            if (!Files.isRegularFile(file)) {
                throw new IOException("SkillSpan file not found: " + file.toAbsolutePath()
                        + " (pass --data pointing at the shared data folder that holds " + DIR + ")");
            }
            out.addAll(read(file));
        }
        return out;
    }

    static List<TaggedSentence> read(Path file) throws IOException {
        List<TaggedSentence> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> skills = new ArrayList<>();
        List<String> knowledge = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!words.isEmpty()) {
                    out.add(new TaggedSentence(words, skills, knowledge));
                    words = new ArrayList<>();
                    skills = new ArrayList<>();
                    knowledge = new ArrayList<>();
                }
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                throw new IOException(file + ": expected token, skill tag and knowledge tag, got '" + line + "'");
            }
            words.add(cols[0]);
            skills.add(tag(cols[1], "SKILL"));
            knowledge.add(tag(cols[2], "KNOWLEDGE"));
        }
        if (!words.isEmpty()) {
            out.add(new TaggedSentence(words, skills, knowledge));
        }
        return out;
    }

    private static String tag(String raw, String type) {
        String t = raw.trim().toUpperCase(Locale.ROOT);
        return t.startsWith("B") ? "B-" + type : t.startsWith("I") ? "I-" + type : "O";
    }
}
