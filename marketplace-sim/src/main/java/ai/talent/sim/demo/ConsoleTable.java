package ai.talent.sim.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * A table for a terminal: columns aligned by display width, so that Hangul (two cells per syllable on a terminal)
 * lines up with Latin text, and cells cut to a column's maximum width with an ellipsis.
 */
public final class ConsoleTable {

    private final List<String> headers;
    private final int[] maxWidths;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param columns each column as {@code "header"}, {@code "header:max"} (cut cells to max cells) or with a
     *                trailing {@code ">"} ({@code "score>"}, {@code "rate:12>"}) to right-align numbers
     */
    public ConsoleTable(String... columns) {
        headers = new ArrayList<>();
        maxWidths = new int[columns.length];
        rightAligned = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            String c = columns[i];
            if (c.endsWith(">")) {
                rightAligned[i] = true;
                c = c.substring(0, c.length() - 1);
            }
            int colon = c.lastIndexOf(':');
            if (colon > 0 && c.substring(colon + 1).chars().allMatch(Character::isDigit) && colon < c.length() - 1) {
                maxWidths[i] = Integer.parseInt(c.substring(colon + 1));
                c = c.substring(0, colon);
            } else {
                maxWidths[i] = Integer.MAX_VALUE;
            }
            headers.add(c);
        }
    }

    public ConsoleTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells for " + headers.size() + " columns");
        }
        List<String> row = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            String text = cells[i] == null ? "" : cells[i].toString().replaceAll("\\s+", " ").strip();
            row.add(cut(text, maxWidths[i]));
        }
        rows.add(row);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table's lines, each starting with {@code indent}: header, rule, rows. */
    public List<String> lines(String indent) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(headers.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(line(indent, headers, widths));
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        lines.add(line(indent, rule, widths));
        for (List<String> row : rows) {
            lines.add(line(indent, row, widths));
        }
        return lines;
    }

    private String line(String indent, List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder(indent);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - width(cell));
            if (i > 0) {
                b.append("  ");
            }
            b.append(rightAligned[i] ? pad + cell : cell + (i == cells.size() - 1 ? "" : pad));
        }
        return b.toString().stripTrailing();
    }

    /** The cells a terminal gives the text: two for wide (East Asian) characters, one otherwise. */
    public static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The text cut to at most {@code max} cells, ending with an ellipsis when cut. */
    public static String cut(String text, int max) {
        if (width(text) <= max) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int cw = wide(cp) ? 2 : 1;
            if (w + cw > max - 1) {
                break;
            }
            b.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return b.toString().stripTrailing() + "…";
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo (leading consonants)
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) // CJK radicals .. Yi, Hangul compatibility Jamo
                || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60) // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }
}
