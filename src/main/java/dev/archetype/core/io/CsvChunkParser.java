package dev.archetype.core.io;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;
import dev.archetype.core.task.Cancellation;

import java.io.CharArrayReader;
import java.io.IOException;
import java.util.Arrays;

/**
 * Parses one block of CSV text (whole records only) into per-column {@link ColumnBuilder}s. Fields go from
 * FastCSV's buffer straight to the number parser without a String unless they are text. Blocks are parsed on
 * separate threads and merged in file order.
 */
final class CsvChunkParser {
    static final int CANCEL_CHECK_ROWS = 4096;

    /** Settings shared by all blocks of one file. */
    record Settings(char delimiter, int width, boolean decimalComma, char[][] missingTokens, RaggedRows ragged,
                    boolean numericTokens) {
        /** {@code numericTokens}: some missing token reads as a number (a sentinel such as -999), so tokens are checked first. */
        static Settings of(char delimiter, int width, boolean decimalComma, char[][] missingTokens, RaggedRows ragged) {
            NumberParser p = new NumberParser(decimalComma);
            boolean numeric = false;
            for (char[] t : missingTokens) if (!Double.isNaN(p.parse(t, 0, t.length))) numeric = true;
            return new Settings(delimiter, width, decimalComma, missingTokens, ragged, numeric);
        }
    }

    /** One block's outcome: columns plus the ragged rows it met (block-local line numbers, first few only). */
    static final class Result {
        final ColumnBuilder[] columns;
        int rows;
        int shortRows;
        int longRows;
        int skippedRows;
        /** Block-local lines where a stray quote was read as an ordinary character (see {@link StrayQuotes}). */
        java.util.List<Long> literalQuoteLines = java.util.List.of();
        /** Line breaks in the block; block line numbers are local and shifted when blocks are merged. */
        long lineBreaks;
        final long[] shortLines = new long[10];
        final long[] longLines = new long[10];
        int shortLineCount;
        int longLineCount;

        Result(int width) {
            columns = new ColumnBuilder[width];
            for (int c = 0; c < width; c++) columns[c] = new ColumnBuilder();
        }
    }

    private CsvChunkParser() { }

    /**
     * @param skipRecords records to skip first (title rows and the header, first block only)
     * @param rowLimit    stop after this many data rows (previews); Integer.MAX_VALUE for all
     */
    static Result parse(char[] text, int length, int skipRecords, int rowLimit, Settings s,
                        Cancellation cancel) throws IOException {
        Result result = new Result(s.width());
        NumberParser numbers = new NumberParser(s.decimalComma());
        int skip = skipRecords;
        if (s.ragged() == RaggedRows.PAD) {
            // Padding never needs the whole record first, so cells go to the columns as FastCSV hands them over.
            StreamingCells cells = new StreamingCells(result, numbers, s);
            try (CsvReader<Object> reader = CsvSniffer.reader(s.delimiter())
                    .build(cells, new CharArrayReader(text, 0, length))) {
                int sinceCheck = 0;
                cells.skipping = skip > 0;
                for (Object ignored : reader) {
                    if (skip > 0 && --skip == 0) cells.skipping = false;
                    if (++sinceCheck == CANCEL_CHECK_ROWS) {
                        sinceCheck = 0;
                        cancel.check();
                    }
                    if (result.rows >= rowLimit) break;
                }
            }
        } else {
            FieldCollector fields = new FieldCollector();
            try (CsvReader<Object> reader = CsvSniffer.reader(s.delimiter())
                    .build(fields, new CharArrayReader(text, 0, length))) {
                int sinceCheck = 0;
                for (Object ignored : reader) {
                    if (skip > 0) {
                        skip--;
                        continue;
                    }
                    if (++sinceCheck == CANCEL_CHECK_ROWS) {
                        sinceCheck = 0;
                        cancel.check();
                    }
                    record(fields, fields.line, result, numbers, s);
                    if (result.rows >= rowLimit) break;
                }
            }
        }
        result.lineBreaks = countLineBreaks(text, length);
        return result;
    }

    /** One cell into its column: trimmed, missing tokens, numbers, else dictionary text. Answers whether it was blank. */
    private static boolean cell(ColumnBuilder col, char[] b, int off, int len, long line, NumberParser numbers, Settings s) {
        while (len > 0 && isTrim(b[off])) { off++; len--; }
        while (len > 0 && isTrim(b[off + len - 1])) len--;
        if (len == 0) {
            col.missing();
            return true;
        }
        if (s.numericTokens() && isMissingToken(b, off, len, s.missingTokens())) {
            col.missing();
            return false;
        }
        double v = numbers.parse(b, off, len);
        if (v == v) {
            col.number(v);
            if (numbers.lastPercent) col.percent();
        } else if (isMissingToken(b, off, len, s.missingTokens())) {
            col.missing();
        } else {
            col.text(b, off, len, line);
        }
        return false;
    }

    /**
     * Feeds fields straight into the columns (PAD policy). A record whose fields are all blank is taken back
     * (its cells were only missing markers); short records are padded, extra fields are checked and dropped.
     */
    private static final class StreamingCells extends CsvCallbackHandler<Object> {
        private static final Object RECORD = new Object();
        private final Result result;
        private final NumberParser numbers;
        private final Settings s;
        private final ColumnBuilder[] cols;
        private final int width;
        boolean skipping;
        private int count;
        private boolean blank;
        private boolean extraValues;
        private long line;
        private RecordType type = RecordType.DATA;

        StreamingCells(Result result, NumberParser numbers, Settings s) {
            this.result = result;
            this.numbers = numbers;
            this.s = s;
            this.cols = result.columns;
            this.width = s.width();
        }

        @Override protected RecordType getRecordType() { return type; }
        @Override protected int getFieldCount() { return count; }

        @Override
        protected void beginRecord(long startingLineNumber) {
            line = startingLineNumber;
            count = 0;
            blank = true;
            extraValues = false;
            type = RecordType.DATA;
        }

        @Override
        protected void addField(char[] buf, int offset, int len, boolean quoted) {
            int c = count++;
            if (skipping) return;
            if (c < width) {
                if (!cell(cols[c], buf, offset, len, line, numbers, s)) blank = false;
            } else if (trimmedLength(buf, offset, len) > 0) {
                extraValues = true;
                blank = false;
            }
        }

        @Override protected void setComment(char[] buf, int offset, int len) { type = RecordType.COMMENT; }
        @Override protected void setEmpty() { type = RecordType.EMPTY; }

        @Override
        protected Object buildRecord() {
            if (skipping || type != RecordType.DATA) return RECORD;
            int filled = Math.min(count, width);
            if (blank) {
                for (int c = 0; c < filled; c++) cols[c].unaddMissing();
                return RECORD;
            }
            if (count < width) {
                for (int c = count; c < width; c++) cols[c].missing();
                if (result.shortLineCount < result.shortLines.length) result.shortLines[result.shortLineCount++] = line;
                result.shortRows++;
            } else if (extraValues) {
                if (result.longLineCount < result.longLines.length) result.longLines[result.longLineCount++] = line;
                result.longRows++;
            }
            result.rows++;
            return RECORD;
        }
    }

    private static long countLineBreaks(char[] b, int len) {
        long lf = 0;
        long cr = 0;
        for (int i = 0; i < len; i++) {
            char c = b[i];
            if (c == '\n') lf++;
            else if (c == '\r') cr++;
        }
        if (cr == 0) return lf; // LF files; equal counts do not prove CRLF (a mix of lone CRs and LFs)
        long n = 0;
        for (int i = 0; i < len; i++) {
            char c = b[i];
            if (c == '\n' || (c == '\r' && (i + 1 == len || b[i + 1] != '\n'))) n++;
        }
        return n;
    }

    static void record(FieldCollector f, long line, Result r, NumberParser numbers, Settings s) {
        int width = s.width();
        int n = f.count;
        char[] b = f.chars;
        boolean blank = true;
        for (int i = 0; i < n && blank; i++) if (trimmedLength(b, f.starts[i], f.lengths[i]) > 0) blank = false;
        if (blank) return;
        if (n != width) {
            boolean ragged = n < width;
            if (!ragged) {
                for (int i = width; i < n && !ragged; i++) if (trimmedLength(b, f.starts[i], f.lengths[i]) > 0) ragged = true;
            }
            if (ragged) {
                if (n < width) {
                    if (r.shortLineCount < r.shortLines.length) r.shortLines[r.shortLineCount++] = line;
                    r.shortRows++;
                } else {
                    if (r.longLineCount < r.longLines.length) r.longLines[r.longLineCount++] = line;
                    r.longRows++;
                }
                if (s.ragged() == RaggedRows.SKIP) {
                    r.skippedRows++;
                    return;
                }
            }
        }
        ColumnBuilder[] cols = r.columns;
        for (int c = 0; c < width; c++) {
            ColumnBuilder col = cols[c];
            if (c >= n) {
                col.missing();
                continue;
            }
            int off = f.starts[c];
            int len = f.lengths[c];
            while (len > 0 && isTrim(b[off])) { off++; len--; }
            while (len > 0 && isTrim(b[off + len - 1])) len--;
            if (len == 0 || (s.numericTokens() && isMissingToken(b, off, len, s.missingTokens()))) {
                col.missing();
                continue;
            }
            double v = numbers.parse(b, off, len);
            if (v == v) {
                col.number(v);
                if (numbers.lastPercent) col.percent();
            } else if (isMissingToken(b, off, len, s.missingTokens())) {
                col.missing();
            } else {
                col.text(b, off, len, line);
            }
        }
        r.rows++;
    }

    private static boolean isTrim(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    private static int trimmedLength(char[] b, int off, int len) {
        int n = 0;
        for (int i = 0; i < len; i++) if (!isTrim(b[off + i])) n++;
        return n;
    }

    static boolean isMissingToken(char[] b, int off, int len, char[][] tokens) {
        if (len > 8 && allShort(tokens)) return false;
        for (char[] t : tokens) {
            if (t.length != len) continue;
            boolean eq = true;
            for (int i = 0; i < len && eq; i++) eq = Character.toLowerCase(b[off + i]) == t[i];
            if (eq) return true;
        }
        return false;
    }

    private static boolean allShort(char[][] tokens) {
        for (char[] t : tokens) if (t.length > 8) return false;
        return true;
    }

    /** Copies each record's fields out of FastCSV's buffer (which may move between fields). */
    static final class FieldCollector extends CsvCallbackHandler<Object> {
        private static final Object RECORD = new Object();
        char[] chars = new char[4096];
        int[] starts = new int[64];
        int[] lengths = new int[64];
        int count;
        int used;
        long line;
        private RecordType type = RecordType.DATA;

        @Override protected RecordType getRecordType() { return type; }
        @Override protected int getFieldCount() { return count; }

        @Override
        protected void beginRecord(long startingLineNumber) {
            line = startingLineNumber;
            count = 0;
            used = 0;
            type = RecordType.DATA;
        }

        @Override
        protected void addField(char[] buf, int offset, int len, boolean quoted) {
            System.arraycopy(buf, offset, room(len), used, len);
            added(len);
        }

        /** The buffer, with room for one more field of up to {@code len} chars written at {@link #used}. */
        char[] room(int len) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                lengths = Arrays.copyOf(lengths, count * 2);
            }
            if (used + len > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
            return chars;
        }

        /** Ends the field of {@code len} chars written at {@link #used} after {@link #room}. */
        void added(int len) {
            starts[count] = used;
            lengths[count++] = len;
            used += len;
        }

        @Override protected void setComment(char[] buf, int offset, int len) { type = RecordType.COMMENT; }
        @Override protected void setEmpty() { type = RecordType.EMPTY; }
        @Override protected Object buildRecord() { return RECORD; }
    }
}
