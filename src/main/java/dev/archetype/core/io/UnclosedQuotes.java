package dev.archetype.core.io;

import dev.archetype.core.task.Cancellation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the last block of a file, where a quote that is never closed can hide: FastCSV would read every line
 * after it into one cell, and the rows there would vanish. Instead the record holding that quote is re-read with
 * the quote as an ordinary character (as a field like {@code 6,"Bob} reads when the quote is not the field's
 * first character), reading goes on from the next line, and the line is recorded so the user is told.
 * Only the last block needs this, and a block cut after a quote still open after {@code maxRecordChars}: every
 * other block ends at a line break outside quotes.
 */
final class UnclosedQuotes {
    private UnclosedQuotes() { }

    /** The block's parts in file order; more than one only when an unclosed quote was found. */
    static List<CsvChunkParser.Result> parseLastBlock(char[] text, int length, int skip, int rowLimit,
            CsvChunkParser.Settings s, Cancellation cancel) throws IOException {
        List<CsvChunkParser.Result> parts = new ArrayList<>(1);
        int start = 0;
        int skipLeft = skip;
        int rows = 0;
        while (start < length && rows < rowLimit) {
            QuoteScan scan = QuoteScan.of(text, start, length, s.delimiter());
            if (scan.openQuote() < 0) {
                parts.add(CsvChunkParser.parse(text, start, length, skipLeft, rowLimit - rows, s, cancel));
                return parts;
            }
            int recordStart = scan.lastSplit() < 0 ? start : scan.lastSplit();
            if (recordStart > start) {
                CsvChunkParser.Result before = CsvChunkParser.parse(text, start, recordStart, skipLeft, rowLimit - rows, s, cancel);
                parts.add(before);
                skipLeft = before.skipLeft;
                rows += before.rows;
                if (rows >= rowLimit) return parts;
            }
            int end = QuoteScan.lineEnd(text, scan.openQuote(), length);
            char[] record = literalQuotes(text, recordStart, end, scan.openQuote(), s.delimiter());
            CsvChunkParser.Result fixed = CsvChunkParser.parse(record, 0, record.length, skipLeft, rowLimit - rows, s, cancel);
            fixed.literalQuoteLines.add(1 + QuoteScan.lineBreaks(text, recordStart, scan.openQuote()));
            parts.add(fixed);
            skipLeft = fixed.skipLeft;
            rows += fixed.rows;
            start = end;
        }
        if (parts.isEmpty()) parts.add(CsvChunkParser.parse(text, 0, 0, skip, rowLimit, s, cancel));
        return parts;
    }

    /**
     * The text as {@link #parseLastBlock} will read it: each quote that never closes made an ordinary character.
     * Used on the sample that header and delimiter detection look at, so a header line with a stray quote is
     * still seen as a header.
     */
    static String literalized(String text, char delimiter) {
        char[] b = text.toCharArray();
        if (QuoteScan.of(b, 0, b.length, delimiter).openQuote() < 0) return text;
        StringBuilder sb = new StringBuilder(b.length + 16);
        int start = 0;
        while (start < b.length) {
            QuoteScan scan = QuoteScan.of(b, start, b.length, delimiter);
            if (scan.openQuote() < 0) {
                sb.append(b, start, b.length - start);
                break;
            }
            int recordStart = scan.lastSplit() < 0 ? start : scan.lastSplit();
            int end = QuoteScan.lineEnd(b, scan.openQuote(), b.length);
            sb.append(b, start, recordStart - start).append(literalQuotes(b, recordStart, end, scan.openQuote(), delimiter));
            start = end;
        }
        return sb.toString();
    }

    /**
     * A copy of {@code text[from, to)} where the quote at {@code quote}, and any other quote still open at the end
     * of that line, follows a space: FastCSV then reads it as an ordinary character, and cells are trimmed anyway.
     */
    private static char[] literalQuotes(char[] text, int from, int to, int quote, char delimiter) {
        char[] out = new char[to - from];
        System.arraycopy(text, from, out, 0, out.length);
        int open = quote - from;
        while (open >= 0) {
            char[] wider = new char[out.length + 1];
            System.arraycopy(out, 0, wider, 0, open);
            wider[open] = ' ';
            System.arraycopy(out, open, wider, open + 1, out.length - open);
            out = wider;
            open = QuoteScan.of(out, 0, out.length, delimiter).openQuote();
        }
        return out;
    }
}
