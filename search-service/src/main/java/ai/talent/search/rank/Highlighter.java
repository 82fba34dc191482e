package ai.talent.search.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Marks matched words in a profile text for display: every case-insensitive occurrence of a term is wrapped in
 * {@code <mark>}, everything else is HTML-escaped; a long text becomes a snippet around its first match.
 */
final class Highlighter {

    private Highlighter() {
    }

    static String highlight(String text, List<String> terms, int maxChars) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<int[]> spans = new ArrayList<>();
        for (String term : terms) {
            String t = term.toLowerCase(Locale.ROOT);
            if (t.length() < 2) {
                continue;
            }
            int at = lower.indexOf(t);
            while (at >= 0) {
                spans.add(new int[] {at, at + t.length()});
                at = lower.indexOf(t, at + t.length());
            }
        }
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : spans) {
            if (!merged.isEmpty() && s[0] <= merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], s[1]);
            } else {
                merged.add(s.clone());
            }
        }
        int from = 0;
        int to = text.length();
        if (text.length() > maxChars) {
            int first = merged.isEmpty() ? 0 : merged.get(0)[0];
            from = Math.max(0, Math.min(first - maxChars / 4, text.length() - maxChars));
            to = Math.min(text.length(), from + maxChars);
        }
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append("…");
        }
        int at = from;
        for (int[] s : merged) {
            if (s[1] <= from || s[0] >= to) {
                continue;
            }
            int start = Math.max(s[0], from);
            int end = Math.min(s[1], to);
            escape(out, text, at, start);
            out.append("<mark>");
            escape(out, text, start, end);
            out.append("</mark>");
            at = end;
        }
        escape(out, text, at, to);
        if (to < text.length()) {
            out.append("…");
        }
        return out.toString();
    }

    private static void escape(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
