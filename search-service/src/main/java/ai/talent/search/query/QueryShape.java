package ai.talent.search.query;

/**
 * The kinds of query that fusion weighs differently: the script (Korean, English, mixed) and whether the query
 * is short and title-like (a few words naming a role or skill) or long and descriptive.
 */
public record QueryShape(Script script, boolean shortQuery) {

    /** The script of a query by the share of Hangul among its letters. */
    public enum Script { KO, EN, MIXED }

    /** Queries of at most this many words count as short, title-like. */
    public static final int SHORT_WORDS = 4;

    public static QueryShape of(String text) {
        int hangul = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) {
                hangul++;
            } else if (Character.isLetter(c)) {
                latin++;
            }
        }
        int letters = hangul + latin;
        Script script = letters == 0 || hangul == 0 ? Script.EN
                : latin == 0 || hangul >= 0.85 * letters ? Script.KO : Script.MIXED;
        int words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        return new QueryShape(script, words <= SHORT_WORDS);
    }

    /** A stable name such as {@code ko.short}, used for configured fusion weights. */
    public String key() {
        return script.name().toLowerCase(java.util.Locale.ROOT) + (shortQuery ? ".short" : ".long");
    }
}
