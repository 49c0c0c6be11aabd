package dev.archetype.core.io;

/**
 * Follows CSV quoting over a buffer with FastCSV's rules, plus one of ours for stray quotes, and answers where the
 * last complete record ends and which quote is still open at the end.
 *
 * <p>FastCSV's rules: a quote opens quoting only as a field's very first character (after a leading space it is an
 * ordinary character); in a field that began with a quote every further quote toggles quoting ({@code "a""b"} is
 * a"b, {@code "a"b"c,d"} is one field); a delimiter or line break ends the field only outside quotes.
 *
 * <p>Stray quotes: a quote that opens a field which then never closes, or which spans lines and goes on after a
 * closing quote ({@code "Bob ⏎ … ⏎ 30,"Bob}), would make FastCSV read whole lines into one cell and the rows
 * there would vanish. Such an opening quote is taken as an ordinary character and the scan resumes right after
 * it. The parse then sees the quote after an inserted space ({@link StrayQuotes}), so block splits, the parse
 * and the warnings all agree.
 *
 * @param lastSplit just after the last line break outside quotes, or -1
 * @param openQuote index of the first quote of the field still open at the end, or -1
 */
record QuoteScan(int lastSplit, int openQuote) {

    /** Positions of the stray opening quotes found, in order. */
    static final class Strays {
        int count;
        int[] at = new int[4];

        void add(int quote) {
            if (count == at.length) at = java.util.Arrays.copyOf(at, count * 2);
            at[count++] = quote;
        }
    }

    /** A buffer that may continue: the scan stops where the next characters would decide. */
    static QuoteScan of(char[] b, int from, int len, char delimiter) {
        return scan(b, from, len, delimiter, false, null);
    }

    /** As {@link #of(char[], int, int, char)} over the bytes of an ASCII-compatible encoding. */
    static QuoteScan of(byte[] b, int from, int len, byte delimiter) {
        return scan(b, from, len, delimiter, false, null);
    }

    /** The stray quotes of a block that ends at the end of its input (a whole block, or the file's last one). */
    static Strays strays(char[] b, int len, char delimiter) {
        Strays out = new Strays();
        scan(b, 0, len, delimiter, true, out);
        return out;
    }

    private static boolean isBreak(int c) {
        return c == '\n' || c == '\r';
    }

    private static QuoteScan scan(char[] b, int from, int len, char delimiter, boolean atEnd, Strays strays) {
        boolean inQuotes = false;
        boolean fieldStart = true;
        boolean quotedField = false;
        boolean brokeLine = false;
        int lastSplit = -1;
        int fieldQuote = -1;
        int i = from;
        while (true) {
            for (; i < len; i++) {
                char c = b[i];
                if (inQuotes) {
                    if (c == '"') {
                        if (i + 1 >= len && !atEnd) return new QuoteScan(lastSplit, fieldQuote);
                        int next = i + 1 < len ? b[i + 1] : '\n';
                        inQuotes = false;
                        if (brokeLine && next != '"' && next != delimiter && !isBreak(next)) {
                            if (strays != null) strays.add(fieldQuote);
                            i = fieldQuote; // resume after the stray quote, now an ordinary character
                            quotedField = false;
                            fieldStart = false;
                        }
                    } else if (isBreak(c)) {
                        brokeLine = true;
                    }
                } else if (c == '"') {
                    if (fieldStart) {
                        fieldQuote = i;
                        brokeLine = false;
                    }
                    if (fieldStart || quotedField) inQuotes = quotedField = true;
                    fieldStart = false;
                } else if (c == delimiter) {
                    fieldStart = true;
                    quotedField = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 >= len && !atEnd) return new QuoteScan(lastSplit, -1); // CR or CRLF?
                    if (c == '\r' && i + 1 < len && b[i + 1] == '\n') continue;
                    fieldStart = true;
                    quotedField = false;
                    lastSplit = i + 1;
                } else {
                    fieldStart = false;
                }
            }
            if (!inQuotes || !atEnd) return new QuoteScan(lastSplit, inQuotes ? fieldQuote : -1);
            if (strays != null) strays.add(fieldQuote); // never closed: an ordinary character too
            i = fieldQuote + 1;
            inQuotes = false;
            quotedField = false;
            fieldStart = false;
        }
    }

    private static QuoteScan scan(byte[] b, int from, int len, byte delimiter, boolean atEnd, Strays strays) {
        boolean inQuotes = false;
        boolean fieldStart = true;
        boolean quotedField = false;
        boolean brokeLine = false;
        int lastSplit = -1;
        int fieldQuote = -1;
        int i = from;
        while (true) {
            for (; i < len; i++) {
                byte c = b[i];
                if (inQuotes) {
                    if (c == '"') {
                        if (i + 1 >= len && !atEnd) return new QuoteScan(lastSplit, fieldQuote);
                        int next = i + 1 < len ? b[i + 1] : '\n';
                        inQuotes = false;
                        if (brokeLine && next != '"' && next != delimiter && !isBreak(next)) {
                            if (strays != null) strays.add(fieldQuote);
                            i = fieldQuote;
                            quotedField = false;
                            fieldStart = false;
                        }
                    } else if (isBreak(c)) {
                        brokeLine = true;
                    }
                } else if (c == '"') {
                    if (fieldStart) {
                        fieldQuote = i;
                        brokeLine = false;
                    }
                    if (fieldStart || quotedField) inQuotes = quotedField = true;
                    fieldStart = false;
                } else if (c == delimiter) {
                    fieldStart = true;
                    quotedField = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 >= len && !atEnd) return new QuoteScan(lastSplit, -1);
                    if (c == '\r' && i + 1 < len && b[i + 1] == '\n') continue;
                    fieldStart = true;
                    quotedField = false;
                    lastSplit = i + 1;
                } else {
                    fieldStart = false;
                }
            }
            if (!inQuotes || !atEnd) return new QuoteScan(lastSplit, inQuotes ? fieldQuote : -1);
            if (strays != null) strays.add(fieldQuote);
            i = fieldQuote + 1;
            inQuotes = false;
            quotedField = false;
            fieldStart = false;
        }
    }

    /** Line breaks in {@code b[from, to)}, a CRLF counting once. */
    static long lineBreaks(char[] b, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= to || b[i + 1] != '\n'))) n++;
        }
        return n;
    }

    static long lineBreaks(byte[] b, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= to || b[i + 1] != '\n'))) n++;
        }
        return n;
    }

    static int lineEnd(byte[] b, int from, int len) {
        for (int i = from; i < len; i++) {
            if (b[i] == '\n') return i + 1;
            if (b[i] == '\r') return i + 1 < len && b[i + 1] == '\n' ? i + 2 : i + 1;
        }
        return len;
    }

    /** Just after the first line break at or after {@code from} (a CRLF whole), or {@code len}. */
    static int lineEnd(char[] b, int from, int len) {
        for (int i = from; i < len; i++) {
            if (b[i] == '\n') return i + 1;
            if (b[i] == '\r') return i + 1 < len && b[i + 1] == '\n' ? i + 2 : i + 1;
        }
        return len;
    }
}
