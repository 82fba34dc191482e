package ai.talent.sim.text;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.random.RandomGenerator;

/**
 * Renders a phrase template: {@code {a|b|c}} picks one alternative, {@code [x]} keeps x half the time,
 * {@code $name} inserts a slot, {@code ^을} (을/를, 이/가, 은/는, 과/와, 으로/로, 이나/나, 이라/라) picks the
 * particle for the word before it, {@code <key>} the sentence ending of the Korean style, and
 * {@code «백엔드|backend»} a term in Korean or, as often as the voice mixes in English, in English; a
 * backslash makes the next character literal.
 */
final class TemplateRenderer {

    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" +([,.!?;:)])");
    private static final Pattern SPACE_AFTER_PARENTHESIS = Pattern.compile("\\( +");
    private static final Pattern EDGE_SPACES = Pattern.compile("(?m)^ +| +$");
    private static final Pattern REPEATED_COMMAS = Pattern.compile(",{2,}");
    private static final Pattern REPEATED_PERIODS = Pattern.compile("\\.{2,}");
    private static final String[] PARTICLE_MARKERS = {"으로", "이나", "이라", "을", "이", "은", "과"};

    private final String template;
    private final Map<String, String> slots;
    private final Voice voice;
    private final RandomGenerator rng;
    private final StringBuilder out = new StringBuilder();
    private int pos;

    private TemplateRenderer(String template, Map<String, String> slots, Voice voice, RandomGenerator rng) {
        this.template = template;
        this.slots = slots;
        this.voice = voice;
        this.rng = rng;
    }

    /** Renders and tidies one template. */
    static String render(String template, Map<String, String> slots, Voice voice, RandomGenerator rng) {
        return tidy(renderRaw(template, slots, voice, rng));
    }

    /**
     * Renders without tidying, for pieces of a longer text that is tidied once when complete (tidying is the
     * costly part, and articles can only be fixed once the next word is known).
     */
    static String renderRaw(String template, Map<String, String> slots, Voice voice, RandomGenerator rng) {
        TemplateRenderer renderer = new TemplateRenderer(template, slots, voice, rng);
        renderer.sequence(true, '\0');
        if (renderer.pos < template.length()) {
            throw renderer.error("unexpected '" + template.charAt(renderer.pos) + "'");
        }
        return renderer.out.toString();
    }

    /** Collapses the double spaces and space-before-punctuation that skipped options leave behind. */
    static String tidy(String text) {
        String out = Articles.fix(text);
        out = SPACES.matcher(out).replaceAll(" ");
        out = SPACE_BEFORE_PUNCTUATION.matcher(out).replaceAll("$1");
        out = SPACE_AFTER_PARENTHESIS.matcher(out).replaceAll("(");
        out = EDGE_SPACES.matcher(out).replaceAll("");
        out = REPEATED_COMMAS.matcher(out).replaceAll(",");
        return REPEATED_PERIODS.matcher(out).replaceAll(".");
    }

    /** Reads until one of the closing characters at this nesting level; emits only when {@code emit}. */
    private void sequence(boolean emit, char closer) {
        while (pos < template.length()) {
            char c = template.charAt(pos);
            if (c == closer || ((closer == '}' || closer == '»') && c == '|')) {
                return;
            }
            switch (c) {
                case '{' -> choice(emit);
                case '[' -> optional(emit);
                case '$' -> slot(emit);
                case '^' -> particle(emit);
                case '<' -> ending(emit);
                case '«' -> term(emit);
                case '\\' -> literal(emit);
                case '}', ']', '»' -> throw error("unbalanced '" + c + "'");
                default -> {
                    if (emit) {
                        out.append(c);
                    }
                    pos++;
                }
            }
        }
        if (closer != '\0') {
            throw error("missing '" + closer + "'");
        }
    }

    private void choice(boolean emit) {
        int start = pos;
        int count = countAlternatives();
        int chosen = emit ? rng.nextInt(count) : -1;
        pos = start + 1;
        for (int i = 0; i < count; i++) {
            sequence(emit && i == chosen, '}');
            pos++; // past '|' or '}'
        }
    }

    /** Counts the top-level alternatives of the choice starting at {@code pos}, without consuming it. */
    private int countAlternatives() {
        int depth = 0;
        int count = 1;
        for (int i = pos; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '{' || c == '[' || c == '«') {
                depth++;
            } else if (c == '»') {
                depth--;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return count;
                }
            } else if (c == '|' && depth == 1) {
                count++;
            }
        }
        throw error("missing '}'");
    }

    private void optional(boolean emit) {
        pos++;
        boolean keep = emit && rng.nextBoolean();
        sequence(keep, ']');
        pos++;
    }

    private void slot(boolean emit) {
        int start = ++pos;
        while (pos < template.length()
                && (Character.isLetterOrDigit(template.charAt(pos)) || template.charAt(pos) == '_')
                && !Hangul.isSyllable(template.charAt(pos))) {
            pos++;
        }
        String name = template.substring(start, pos);
        if (emit) {
            String value = slots.get(name);
            if (value == null) {
                throw error("no value for slot $" + name);
            }
            out.append(value);
        }
    }

    private void literal(boolean emit) {
        if (pos + 1 >= template.length()) {
            throw error("a backslash must be followed by the character it escapes");
        }
        if (emit) {
            out.append(template.charAt(pos + 1));
        }
        pos += 2;
    }

    private void term(boolean emit) {
        pos++;
        boolean english = emit && voice.englishTerms() > 0 && rng.nextDouble() < voice.englishTerms();
        sequence(emit && !english, '»');
        if (pos >= template.length() || template.charAt(pos) != '|') {
            throw error("a term needs the form «korean|english»");
        }
        pos++;
        sequence(emit && english, '»');
        if (pos >= template.length() || template.charAt(pos) != '»') {
            throw error("a term has exactly two forms: «korean|english»");
        }
        pos++;
    }

    private void particle(boolean emit) {
        pos++;
        for (String marker : PARTICLE_MARKERS) {
            if (template.startsWith(marker, pos)) {
                pos += marker.length();
                if (emit) {
                    out.append(Hangul.particle(lastWord(), Particle.byMarker(marker)));
                }
                return;
            }
        }
        throw error("unknown particle after '^'");
    }

    private void ending(boolean emit) {
        int close = template.indexOf('>', pos);
        if (close < 0) {
            throw error("missing '>'");
        }
        String key = template.substring(pos + 1, close);
        pos = close + 1;
        if (emit) {
            String form = voice.style().ending(key, lastWord());
            String[] alternatives = form.split("\\|");
            out.append(alternatives[alternatives.length == 1 ? 0 : rng.nextInt(alternatives.length)]);
        }
    }

    private String lastWord() {
        int end = out.length();
        int start = end;
        while (start > 0 && !Character.isWhitespace(out.charAt(start - 1))) {
            start--;
        }
        return out.substring(start, end);
    }

    private IllegalStateException error(String problem) {
        return new IllegalStateException("Bad phrase template at " + pos + " (" + problem + "): " + template);
    }
}
