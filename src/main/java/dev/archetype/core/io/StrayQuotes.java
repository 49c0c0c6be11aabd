package dev.archetype.core.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes stray quotes ordinary characters before FastCSV sees a block (see {@link QuoteScan}): a quote that opens a
 * field but never closes, or whose field runs over lines and goes on after its closing quote, would otherwise make
 * FastCSV read whole lines into one cell, and the rows there would vanish. A space is put before each such quote
 * (a quote that is not a field's first character is ordinary, and cells are trimmed), so line numbers do not
 * change; the lines are returned so the user is told. This is also what a spreadsheet shows for {@code 6,"Bob}.
 */
final class StrayQuotes {
    private StrayQuotes() { }

    /**
     * A block ready for FastCSV, and the block-local lines of its stray quotes. Whether a quote never closed or
     * closed badly is not kept: where a block ends can turn one into the other, and the user needs the line.
     */
    record Fixed(char[] text, int length, List<Long> strayLines) { }

    static Fixed fix(char[] text, int length, char delimiter) {
        QuoteScan.Strays strays = QuoteScan.strays(text, length, delimiter);
        if (strays.count == 0) return new Fixed(text, length, List.of());
        int[] breaks = breakPositions(text, length);
        List<Long> lines = new ArrayList<>();
        char[] out = new char[length + strays.count];
        int from = 0;
        int to = 0;
        for (int k = 0; k < strays.count; k++) {
            int at = strays.at[k];
            System.arraycopy(text, from, out, to, at - from);
            to += at - from;
            out[to++] = ' ';
            from = at;
            lines.add(lineOf(breaks, at));
        }
        System.arraycopy(text, from, out, to, length - from);
        return new Fixed(out, out.length, lines);
    }

    /** The sample that header and delimiter detection look at, read the way the parse will read it. */
    static String literalized(String text, char delimiter) {
        char[] b = text.toCharArray();
        Fixed f = fix(b, b.length, delimiter);
        return f.text() == b ? text : new String(f.text(), 0, f.length());
    }

    /** Positions of the line breaks (a CRLF at its LF). */
    private static int[] breakPositions(char[] b, int length) {
        int[] out = new int[64];
        int n = 0;
        for (int i = 0; i < length; i++) {
            if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= length || b[i + 1] != '\n'))) {
                if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
                out[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** 1-based line of position {@code at}: one more than the line breaks before it. */
    private static long lineOf(int[] breaks, int at) {
        int idx = java.util.Arrays.binarySearch(breaks, at);
        return 1 + (idx >= 0 ? idx : -idx - 1);
    }
}
