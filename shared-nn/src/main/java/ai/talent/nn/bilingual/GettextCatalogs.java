package ai.talent.nn.bilingual;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * English–Korean sentence pairs from compiled gettext catalogs ({@code .mo} files): the messages of the programs on a
 * Debian or Ubuntu machine, each English message with its Korean translation, as the OPUS GNOME / KDE / Ubuntu
 * corpora collect them. They are technical text (version control, databases, the shell, the package manager), the
 * register freelancers' profiles and projects are written in. Only whole-sentence messages are kept: at least
 * {@link #MIN_WORDS} English words, no format placeholders, no markup, no command-line option help, Hangul in the
 * translation; keyboard mnemonics are removed from both sides and whitespace is collapsed. A message that several
 * catalogs translate is kept once (its first translation).
 */
public final class GettextCatalogs {

    /** The compiled Korean catalogs of a Debian or Ubuntu system. */
    public static final Path SYSTEM_KOREAN = Path.of("/usr/share/locale/ko/LC_MESSAGES");

    static final int MIN_WORDS = 4;
    static final int MAX_CHARS = 200;
    private static final int MAGIC = 0x950412de;
    private static final Pattern PLACEHOLDER = Pattern.compile("%|\\{[^}]*}|\\$\\{?\\w|<[^>]+>|&\\w+;|\\\\");
    private static final Pattern OPTION_HELP = Pattern.compile("^\\s*-");
    private static final Pattern KOREAN_MNEMONIC = Pattern.compile("\\s*\\((?:_|&)\\p{Alnum}\\)");
    private static final Pattern MNEMONIC = Pattern.compile("[_&](?=\\p{L})");

    private GettextCatalogs() {
    }

    /** The pairs of every {@code .mo} file directly in {@code folder}, in file-name order; none when it is absent. */
    public static List<ParallelPair> read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".mo")).sorted().toList();
        }
        Map<String, String> byEnglish = new LinkedHashMap<>();
        for (Path f : files) {
            for (Map.Entry<String, String> e : messages(Files.readAllBytes(f)).entrySet()) {
                ParallelPair p = sentencePair(e.getKey(), e.getValue());
                if (p != null) {
                    byEnglish.putIfAbsent(p.english(), p.korean());
                }
            }
        }
        List<ParallelPair> out = new ArrayList<>(byEnglish.size());
        byEnglish.forEach((en, ko) -> out.add(new ParallelPair(en, ko)));
        return out;
    }

    /**
     * The messages of one compiled catalog, original → translation: the header (empty original) and untranslated
     * messages are left out; a plural message gives its singular forms; a message context is dropped.
     */
    static Map<String, String> messages(byte[] mo) {
        ByteBuffer b = ByteBuffer.wrap(mo).order(ByteOrder.LITTLE_ENDIAN);
        if (mo.length < 28) {
            throw new IllegalArgumentException("not a gettext catalog: " + mo.length + " bytes");
        }
        if (b.getInt(0) != MAGIC) {
            b.order(ByteOrder.BIG_ENDIAN);
            if (b.getInt(0) != MAGIC) {
                throw new IllegalArgumentException("not a gettext catalog: bad magic number");
            }
        }
        int n = b.getInt(8);
        int originals = b.getInt(12);
        int translations = b.getInt(16);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String original = string(mo, b, originals + 8 * i);
            String translation = string(mo, b, translations + 8 * i);
            int context = original.indexOf('\u0004');
            if (context >= 0) {
                original = original.substring(context + 1);
            }
            original = singular(original);
            translation = singular(translation);
            if (!original.isEmpty() && !translation.isEmpty()) {
                out.putIfAbsent(original, translation);
            }
        }
        return out;
    }

    /** The pair a message gives, cleaned, or null when it is not a whole sentence worth learning from. */
    static ParallelPair sentencePair(String english, String korean) {
        if (PLACEHOLDER.matcher(english).find() || PLACEHOLDER.matcher(korean).find()
                || OPTION_HELP.matcher(english).find() || !KoreanText.containsHangul(korean)
                || english.indexOf('\uFFFD') >= 0 || korean.indexOf('\uFFFD') >= 0) {
            return null;
        }
        String en = collapse(MNEMONIC.matcher(english).replaceAll(""));
        String ko = collapse(MNEMONIC.matcher(KOREAN_MNEMONIC.matcher(korean).replaceAll("")).replaceAll(""));
        if (en.length() > MAX_CHARS || ko.length() > MAX_CHARS || en.split(" ").length < MIN_WORDS
                || en.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        return new ParallelPair(en, ko);
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static String singular(String s) {
        int nul = s.indexOf('\0');
        return nul >= 0 ? s.substring(0, nul) : s;
    }

    private static String string(byte[] mo, ByteBuffer b, int entry) {
        int length = b.getInt(entry);
        int offset = b.getInt(entry + 4);
        if (length < 0 || offset < 0 || offset + length > mo.length) {
            throw new IllegalArgumentException("not a gettext catalog: a string lies outside the file");
        }
        return new String(mo, offset, length, StandardCharsets.UTF_8);
    }
}
