package ai.talent.nn.bilingual;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * English–Korean sentence pairs from translated help pages. LibreOffice's offline help (Debian's
 * {@code libreoffice-help-en-us} and {@code libreoffice-help-ko}) ships every page once per language under the
 * same relative path, and every paragraph, heading and table cell of a page carries the same {@code id} in each
 * language; a paragraph of the English page and the paragraph with its id in the Korean page are a translation of
 * each other. These are whole sentences that explain what a command does and how to do a task, nearer to ordinary
 * prose than the programs' messages ({@link GettextCatalogs}).
 *
 * <p>Tags are removed, character references decoded and whitespace collapsed; a paragraph left untranslated (no
 * Hangul on the Korean side) is skipped, and the pair must pass the same sentence filter as a catalog message
 * ({@link GettextCatalogs#sentencePair}). An English sentence is kept once (its first translation, pages in path
 * order).
 */
public final class HelpPages {

    /** Where Debian's packages put the help: one folder per language below it ({@code en-US}, {@code ko}). */
    public static final Path LIBREOFFICE = Path.of("/usr/share/libreoffice/help");
    public static final String ENGLISH = "en-US";
    public static final String KOREAN = "ko";

    private static final Pattern ELEMENT = Pattern.compile(
            "<(p|h[1-6]|td|li)\\b[^>]*?\\bid=\"([^\"]+)\"[^>]*>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern REFERENCE = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");

    private HelpPages() {
    }

    /**
     * The pairs of the help under {@code root}, whose {@code en-US} and {@code ko} folders hold the same pages; none
     * when either folder is absent.
     */
    public static List<ParallelPair> read(Path root) throws IOException {
        Path english = root.resolve(ENGLISH);
        Path korean = root.resolve(KOREAN);
        if (!Files.isDirectory(english) || !Files.isDirectory(korean)) {
            return List.of();
        }
        List<Path> pages;
        try (Stream<Path> s = Files.walk(korean, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            pages = s.filter(p -> p.getFileName().toString().endsWith(".html") && Files.isRegularFile(p))
                    .map(korean::relativize).sorted().toList();
        }
        Map<String, String> byEnglish = new LinkedHashMap<>();
        for (Path page : pages) {
            Path englishPage = english.resolve(page.toString());
            if (!Files.isRegularFile(englishPage)) {
                continue;
            }
            Map<String, String> en = paragraphs(Files.readString(englishPage, StandardCharsets.UTF_8));
            Map<String, String> ko = paragraphs(Files.readString(korean.resolve(page), StandardCharsets.UTF_8));
            for (Map.Entry<String, String> e : en.entrySet()) {
                String translation = ko.get(e.getKey());
                if (translation == null || translation.equals(e.getValue())) {
                    continue;
                }
                ParallelPair p = GettextCatalogs.sentencePair(e.getValue(), translation);
                if (p != null) {
                    byEnglish.putIfAbsent(p.english(), p.korean());
                }
            }
        }
        List<ParallelPair> out = new ArrayList<>(byEnglish.size());
        byEnglish.forEach((en, ko) -> out.add(new ParallelPair(en, ko)));
        return out;
    }

    /** A page's paragraphs, headings and cells by id, as plain text (empty ones left out; the first of an id). */
    static Map<String, String> paragraphs(String html) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ELEMENT.matcher(html);
        while (m.find()) {
            String text = decode(TAG.matcher(m.group(3)).replaceAll("")).replaceAll("[\\s\\u00A0]+", " ").trim();
            if (!text.isEmpty()) {
                out.putIfAbsent(m.group(2), text);
            }
        }
        return out;
    }

    /** Decodes character references: numeric ones and the named ones help pages use. */
    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = REFERENCE.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            String ref = m.group(1);
            String replacement = switch (ref) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> ref.startsWith("#x") ? codePoint(ref.substring(2), 16, m.group())
                        : ref.startsWith("#") ? codePoint(ref.substring(1), 10, m.group())
                        : m.group();
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String codePoint(String digits, int radix, String reference) {
        try {
            int c = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(c) ? Character.toString(c) : reference;
        } catch (NumberFormatException e) {
            return reference;
        }
    }
}
