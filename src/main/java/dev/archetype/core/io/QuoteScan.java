package dev.archetype.core.io;

/**
 * Follows CSV quoting over a buffer with FastCSV's rules and answers where the last complete record ends and
 * where a quote is still open at the end. FastCSV's rules: a quote opens quoting only as a field's very first
 * character (after a leading space it is an ordinary character); in a field that began with a quote every
 * further quote toggles quoting ({@code "a""b"} is a"b, {@code "a"b"c,d"} is one field), and a delimiter or
 * line break ends the field only outside quotes. Used where a quote that never closes must be found before
 * FastCSV swallows the rest of the file into one cell.
 *
 * @param lastSplit just after the last line break outside quotes, or -1
 * @param openQuote index of the first quote of the field whose quote is still open at the end, or -1
 */
record QuoteScan(int lastSplit, int openQuote) {

    static QuoteScan of(char[] b, int from, int len, char delimiter) {
        boolean inQuotes = false;
        boolean fieldStart = true;
        boolean quotedField = false;
        int lastSplit = -1;
        int fieldQuote = -1;
        for (int i = from; i < len; i++) {
            char c = b[i];
            if (inQuotes) {
                if (c == '"') inQuotes = false;
            } else if (c == '"') {
                if (fieldStart) fieldQuote = i;
                if (fieldStart || quotedField) inQuotes = quotedField = true;
                fieldStart = false;
            } else if (c == delimiter) {
                fieldStart = true;
                quotedField = false;
            } else if (c == '\n' || (c == '\r' && (i + 1 >= len || b[i + 1] != '\n'))) {
                fieldStart = true;
                quotedField = false;
                lastSplit = i + 1;
            } else if (c != '\r') {
                fieldStart = false;
            }
        }
        return new QuoteScan(lastSplit, inQuotes ? fieldQuote : -1);
    }

    /** As {@link #of(char[], int, int, char)} over the bytes of an ASCII-compatible encoding. */
    static QuoteScan of(byte[] b, int from, int len, byte delimiter) {
        boolean inQuotes = false;
        boolean fieldStart = true;
        boolean quotedField = false;
        int lastSplit = -1;
        int fieldQuote = -1;
        for (int i = from; i < len; i++) {
            byte c = b[i];
            if (inQuotes) {
                if (c == '"') inQuotes = false;
            } else if (c == '"') {
                if (fieldStart) fieldQuote = i;
                if (fieldStart || quotedField) inQuotes = quotedField = true;
                fieldStart = false;
            } else if (c == delimiter) {
                fieldStart = true;
                quotedField = false;
            } else if (c == '\n' || (c == '\r' && (i + 1 >= len || b[i + 1] != '\n'))) {
                fieldStart = true;
                quotedField = false;
                lastSplit = i + 1;
            } else if (c != '\r') {
                fieldStart = false;
            }
        }
        return new QuoteScan(lastSplit, inQuotes ? fieldQuote : -1);
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

    /**
     * Quoted fields that span lines and go on after a closing quote ({@code "Bob ⏎ … ⏎ 30,"Bob}): almost always a
     * stray quote that swallowed whole lines rather than a real multi-line cell. Answers block-local [first line,
     * last line] pairs, so the user can be told which lines became one record.
     */
    static java.util.List<long[]> runaways(char[] b, int from, int len, char delimiter) {
        java.util.List<long[]> out = new java.util.ArrayList<>(0);
        boolean inQuotes = false;
        boolean fieldStart = true;
        boolean quotedField = false;
        boolean textAfterClose = false;
        long line = 1;
        long fieldLine = 1;
        for (int i = from; i < len; i++) {
            char c = b[i];
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= len || b[i + 1] != '\n'));
            if (inQuotes) {
                if (c == '"') {
                    inQuotes = false;
                    char next = i + 1 < len ? b[i + 1] : '\n';
                    if (next != '"' && next != delimiter && next != '\n' && next != '\r') textAfterClose = true;
                } else if (lineBreak) {
                    line++;
                }
                continue;
            }
            if (c == '"') {
                if (fieldStart) {
                    fieldLine = line;
                    textAfterClose = false;
                }
                if (fieldStart || quotedField) inQuotes = quotedField = true;
                fieldStart = false;
            } else if (c == delimiter || lineBreak) {
                if (quotedField && textAfterClose && line > fieldLine) out.add(new long[] {fieldLine, line});
                quotedField = false;
                textAfterClose = false;
                fieldStart = true;
                if (lineBreak) line++;
            } else if (c != '\r') {
                fieldStart = false;
            }
        }
        if (quotedField && !inQuotes && textAfterClose && line > fieldLine) out.add(new long[] {fieldLine, line});
        return out;
    }
}
