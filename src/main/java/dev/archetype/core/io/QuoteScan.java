package dev.archetype.core.io;

/**
 * Follows CSV quoting over a buffer with FastCSV's rules (a quote opens a field only as its very first character;
 * {@code ""} inside quotes is a literal quote) and answers where the last complete record ends and where a quote
 * is still open at the end. Used where a quote that never closes must be found before FastCSV swallows the rest
 * of the file into one cell.
 *
 * @param lastSplit just after the last line break outside quotes, or -1
 * @param openQuote index of the quote that opened the field still open at the end, or -1 when none is open
 */
record QuoteScan(int lastSplit, int openQuote) {

    static QuoteScan of(char[] b, int from, int len, char delimiter) {
        boolean inQuotes = false;
        boolean fieldStart = true;
        int lastSplit = -1;
        int opened = -1;
        for (int i = from; i < len; i++) {
            char c = b[i];
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < len && b[i + 1] == '"') i++; else inQuotes = false;
                }
            } else if (c == '"') {
                if (fieldStart) {
                    inQuotes = true;
                    opened = i;
                }
                fieldStart = false;
            } else if (c == delimiter) {
                fieldStart = true;
            } else if (c == '\n' || (c == '\r' && (i + 1 >= len || b[i + 1] != '\n'))) {
                fieldStart = true;
                lastSplit = i + 1;
            } else if (c != '\r') {
                fieldStart = false;
            }
        }
        return new QuoteScan(lastSplit, inQuotes ? opened : -1);
    }

    /** As {@link #of(char[], int, int, char)} over the bytes of an ASCII-compatible encoding. */
    static QuoteScan of(byte[] b, int from, int len, byte delimiter) {
        boolean inQuotes = false;
        boolean fieldStart = true;
        int lastSplit = -1;
        int opened = -1;
        for (int i = from; i < len; i++) {
            byte c = b[i];
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < len && b[i + 1] == '"') i++; else inQuotes = false;
                }
            } else if (c == '"') {
                if (fieldStart) {
                    inQuotes = true;
                    opened = i;
                }
                fieldStart = false;
            } else if (c == delimiter) {
                fieldStart = true;
            } else if (c == '\n' || (c == '\r' && (i + 1 >= len || b[i + 1] != '\n'))) {
                fieldStart = true;
                lastSplit = i + 1;
            } else if (c != '\r') {
                fieldStart = false;
            }
        }
        return new QuoteScan(lastSplit, inQuotes ? opened : -1);
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

    /** Just after the first line break at or after {@code from} (a CRLF whole), or {@code len}. */
    static int lineEnd(char[] b, int from, int len) {
        for (int i = from; i < len; i++) {
            if (b[i] == '\n') return i + 1;
            if (b[i] == '\r') return i + 1 < len && b[i + 1] == '\n' ? i + 2 : i + 1;
        }
        return len;
    }

    /**
     * Quoted cells that span lines and whose closing quote is followed by more text ({@code "Bob ⏎ … ⏎ 30,"Bob}):
     * almost always a stray quote that swallowed whole lines rather than a real multi-line cell. Answers
     * block-local [opening line, closing line] pairs, so the user can be told which lines became one record.
     */
    static java.util.List<long[]> runaways(char[] b, int from, int len, char delimiter) {
        java.util.List<long[]> out = new java.util.ArrayList<>(0);
        boolean inQuotes = false;
        boolean fieldStart = true;
        long line = 1;
        long openedLine = 0;
        for (int i = from; i < len; i++) {
            char c = b[i];
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= len || b[i + 1] != '\n'));
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < len && b[i + 1] == '"') {
                        i++;
                    } else {
                        inQuotes = false;
                        char next = i + 1 < len ? b[i + 1] : '\n';
                        if (line > openedLine && next != delimiter && next != '\n' && next != '\r') {
                            out.add(new long[] {openedLine, line});
                        }
                    }
                } else if (lineBreak) {
                    line++;
                }
            } else if (c == '"') {
                if (fieldStart) {
                    inQuotes = true;
                    openedLine = line;
                }
                fieldStart = false;
            } else if (c == delimiter) {
                fieldStart = true;
            } else if (lineBreak) {
                fieldStart = true;
                line++;
            } else if (c != '\r') {
                fieldStart = false;
            }
        }
        return out;
    }
}
