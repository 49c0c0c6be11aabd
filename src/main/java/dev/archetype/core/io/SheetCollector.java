package dev.archetype.core.io;

import dev.archetype.core.data.Column;
import dev.archetype.core.task.Cancellation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns a stream of spreadsheet rows (from the XLSX SAX handler or the XLS reader) into typed columns.
 * The first {@value #LAYOUT_ROWS} non-blank rows are held back to find the header (below any title rows);
 * after that rows go straight into per-column builders, so memory stays proportional to the data.
 * Blank rows are skipped; columns without a header and without data are dropped.
 */
final class SheetCollector {
    static final int LAYOUT_ROWS = 100;
    private static final int CANCEL_CHECK_ROWS = 4096;

    static final byte BLANK = 0, NUMBER = 1, DATE = 2, BOOL = 3, TEXT = 4, ERROR = 5, MISSING = 6;

    /** One row's cells, sparse, in column order. */
    private static final class Row {
        int index;
        int count;
        int[] cols = new int[16];
        byte[] kinds = new byte[16];
        double[] nums = new double[16];
        String[] texts = new String[16];
        boolean[] percent = new boolean[16];

        void clear(int rowIndex) {
            index = rowIndex;
            count = 0;
        }

        void add(int col, byte kind, double num, String text, boolean pct) {
            if (count == cols.length) {
                int n = count * 2;
                cols = Arrays.copyOf(cols, n);
                kinds = Arrays.copyOf(kinds, n);
                nums = Arrays.copyOf(nums, n);
                texts = Arrays.copyOf(texts, n);
                percent = Arrays.copyOf(percent, n);
            }
            cols[count] = col;
            kinds[count] = kind;
            nums[count] = num;
            texts[count] = text;
            percent[count++] = pct;
        }

        Row copy() {
            Row r = new Row();
            r.index = index;
            r.count = count;
            r.cols = Arrays.copyOf(cols, count);
            r.kinds = Arrays.copyOf(kinds, count);
            r.nums = Arrays.copyOf(nums, count);
            r.texts = Arrays.copyOf(texts, count);
            r.percent = Arrays.copyOf(percent, count);
            return r;
        }

        int maxCol() {
            return count == 0 ? -1 : cols[count - 1];
        }
    }

    /** A merged range, 0-based inclusive. */
    private record Merge(int firstRow, int lastRow, int firstCol, int lastCol) { }

    private final ImportOptions options;
    private final int rowLimit;
    private final Cancellation cancel;
    private final NumberParser numbers = new NumberParser(false);
    private final Row current = new Row();
    private final List<Row> buffered = new ArrayList<>();
    private final List<Merge> merges = new ArrayList<>();
    private final List<ColumnBuilder> builders = new ArrayList<>();
    private HeaderDetector.Layout layout;
    private int rowsFed;
    private int sinceCheck;

    SheetCollector(ImportOptions options, int rowLimit, Cancellation cancel) {
        this.options = options;
        this.rowLimit = rowLimit;
        this.cancel = cancel;
    }

    void startRow(int rowIndex) {
        current.clear(rowIndex);
    }

    void number(int col, double v) {
        current.add(col, NUMBER, v, null, false);
    }

    void date(int col, long epochSeconds) {
        current.add(col, DATE, epochSeconds, null, false);
    }

    void bool(int col, boolean b) {
        current.add(col, BOOL, b ? 1 : 0, null, false);
    }

    void error(int col, String code) {
        current.add(col, ERROR, Double.NaN, code, false);
    }

    /** A text cell; numbers stored as text and missing-value tokens are recognised here. */
    void text(int col, String raw) {
        if (raw == null) return;
        String s = raw.strip();
        if (s.isEmpty()) return;
        if (options.missingTokens().contains(s.toLowerCase(Locale.ROOT))) {
            current.add(col, MISSING, Double.NaN, s, false);
            return;
        }
        double v = numbers.parse(s);
        if (!Double.isNaN(v)) current.add(col, NUMBER, v, s, numbers.lastPercent);
        else current.add(col, TEXT, Double.NaN, s, false);
    }

    void merged(int firstRow, int lastRow, int firstCol, int lastCol) {
        merges.add(new Merge(firstRow, lastRow, firstCol, lastCol));
    }

    /** Ends the current row; answers true when enough rows have been read (previews). */
    boolean endRow() {
        if (current.count == 0) return false;
        if (++sinceCheck == CANCEL_CHECK_ROWS) {
            sinceCheck = 0;
            cancel.check();
        }
        if (layout == null) {
            buffered.add(current.copy());
            if (buffered.size() >= LAYOUT_ROWS) decide();
        } else if (rowsFed < rowLimit) {
            feed(current);
        }
        return layout != null && rowsFed >= rowLimit;
    }

    int rowsRead() {
        return rowsFed;
    }

    private void decide() {
        Integer forced = null;
        if (options.headerRow() != null) {
            int want = options.headerRow();
            int idx = 0;
            while (idx < buffered.size() && buffered.get(idx).index < want) idx++;
            forced = idx;
        }
        List<HeaderDetector.Cell[]> shapes = new ArrayList<>();
        for (Row r : buffered) {
            HeaderDetector.Cell[] cells = new HeaderDetector.Cell[r.maxCol() + 1];
            Arrays.fill(cells, HeaderDetector.Cell.BLANK);
            for (int k = 0; k < r.count; k++) {
                // A string cell that reads as a number ("2023" typed as text) still looks like a header cell.
                boolean stringCell = r.kinds[k] == TEXT || (r.kinds[k] == NUMBER && r.texts[k] != null);
                cells[r.cols[k]] = stringCell ? HeaderDetector.Cell.TEXT
                        : r.kinds[k] == MISSING ? HeaderDetector.Cell.TOKEN : HeaderDetector.Cell.VALUE;
            }
            shapes.add(cells);
        }
        layout = HeaderDetector.detect(shapes, forced, options.hasHeader());
        for (int i = layout.dataStart(); i < buffered.size() && rowsFed < rowLimit; i++) feed(buffered.get(i));
    }

    private void feed(Row r) {
        for (int k = 0; k < r.count; k++) {
            int col = r.cols[k];
            while (builders.size() <= col) builders.add(null);
            ColumnBuilder b = builders.get(col);
            if (b == null) {
                b = new ColumnBuilder();
                builders.set(col, b);
            }
            b.padTo(rowsFed);
            long row = r.index + 1L;
            switch (r.kinds[k]) {
                case NUMBER -> {
                    b.number(r.nums[k]);
                    if (r.percent[k]) b.percent();
                }
                case DATE -> b.date((long) r.nums[k]);
                case BOOL -> b.bool(r.nums[k] != 0);
                case TEXT -> b.text(r.texts[k], row);
                case ERROR -> b.error(r.texts[k], row);
                default -> b.missing();
            }
        }
        rowsFed++;
    }

    /** The sheet's table, or an exception when there is nothing to read. */
    record Table(List<Column> columns, int headerRow) { }

    Table finish(java.nio.file.Path file, String sheet, List<String> warnings) throws ImportException {
        if (layout == null) {
            if (buffered.isEmpty()) throw new ImportException(file, sheet, null, null, "the sheet is empty", null);
            decide();
        }
        int headerCount = layout.headerRowCount();
        Row top = headerCount > 0 && layout.headerRow() < buffered.size() ? buffered.get(layout.headerRow()) : null;
        Row below = headerCount == 2 ? buffered.get(layout.headerRow() + 1) : null;
        int width = builders.size();
        if (top != null) width = Math.max(width, top.maxCol() + 1);
        if (below != null) width = Math.max(width, below.maxCol() + 1);
        String[] topNames = headerTexts(top, width);
        String[] belowNames = below == null ? null : headerTexts(below, width);
        if (top != null && below == null) fillMergedHeader(topNames, top.index, warnings);
        String[] raw = HeaderDetector.names(topNames, belowNames, width);
        if (top == null) Arrays.fill(raw, "");
        List<Integer> kept = new ArrayList<>();
        List<String> keptRaw = new ArrayList<>();
        List<String> blankCols = new ArrayList<>();
        int firstUsed = -1;
        for (int c = 0; c < width; c++) {
            boolean hasData = c < builders.size() && builders.get(c) != null;
            if (hasData || !raw[c].isEmpty()) {
                if (firstUsed < 0) firstUsed = c;
                kept.add(c);
                keptRaw.add(raw[c]);
            } else if (firstUsed >= 0) {
                blankCols.add(columnLetters(c));
            }
        }
        // Blank columns after the last used one are not gaps.
        int lastKept = kept.isEmpty() ? -1 : kept.get(kept.size() - 1);
        blankCols.removeIf(letters -> columnIndex(letters) > lastKept);
        if (!blankCols.isEmpty()) {
            warnings.add(String.format(java.util.Locale.ROOT, "Skipped %,d blank column%s (%s)", blankCols.size(),
                    TypeInference.plural(blankCols.size()), Warnings.list(blankCols, Warnings.SHOWN)));
        }
        if (top != null && top.index > 0 && layout.headerRow() > 0) {
            warnings.add("Skipped " + layout.headerRow() + " row" + TypeInference.plural(layout.headerRow())
                    + " above the header (header is row " + (top.index + 1) + ")");
        }
        if (rowsFed == 0) {
            throw new ImportException(file, sheet, null, null,
                    headerCount > 0 ? "the sheet has a header row but no data rows" : "the sheet has no data rows", null);
        }
        List<String> names = HeaderDetector.uniqueNames(keptRaw.toArray(new String[0]),
                i -> "Column " + columnLetters(kept.get(i)), top == null ? new ArrayList<>() : warnings);
        List<Column> columns = new ArrayList<>(kept.size());
        try (var t = dev.archetype.core.task.Timings.span("type inference")) {
        for (int i = 0; i < kept.size(); i++) {
            int c = kept.get(i);
            ColumnBuilder b = c < builders.size() && builders.get(c) != null ? builders.get(c) : new ColumnBuilder();
            b.padTo(rowsFed);
            columns.add(TypeInference.build(names.get(i), b, warnings, "row"));
            if (c < builders.size()) builders.set(c, null);
        }
        }
        return new Table(columns, top == null ? -1 : top.index);
    }

    private static String[] headerTexts(Row r, int width) {
        String[] out = new String[width];
        Arrays.fill(out, "");
        if (r == null) return out;
        for (int k = 0; k < r.count; k++) {
            int c = r.cols[k];
            if (c >= width) continue;
            String t = r.texts[k];
            if (t == null) t = TypeInference.formatValue(r.kinds[k] == DATE ? ColumnBuilder.DATE
                    : r.kinds[k] == BOOL ? ColumnBuilder.BOOL : ColumnBuilder.NUMBER, r.nums[k]);
            out[c] = t;
        }
        return out;
    }

    /** A header cell merged across several columns names each of them: "Sales", "Sales (2)", "Sales (3)". */
    private void fillMergedHeader(String[] names, int headerIndex, List<String> warnings) {
        for (Merge m : merges) {
            if (m.firstRow() > headerIndex || m.lastRow() < headerIndex || m.lastCol() == m.firstCol()) continue;
            if (m.firstCol() >= names.length) continue;
            String title = names[m.firstCol()];
            if (title.isEmpty()) continue;
            int last = Math.min(m.lastCol(), names.length - 1);
            for (int c = m.firstCol() + 1; c <= last; c++) {
                if (names[c].isEmpty()) names[c] = title + " (" + (c - m.firstCol() + 1) + ")";
            }
            warnings.add("Merged header '" + title + "' spans columns " + columnLetters(m.firstCol()) + "–"
                    + columnLetters(last) + "; they are named '" + title + "', '" + title + " (2)', …");
        }
    }

    static String columnLetters(int col) {
        StringBuilder sb = new StringBuilder();
        int c = col + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }

    static int columnIndex(String letters) {
        int c = 0;
        for (int i = 0; i < letters.length(); i++) {
            char ch = letters.charAt(i);
            if (ch < 'A' || ch > 'Z') break;
            c = c * 26 + (ch - 'A' + 1);
        }
        return c - 1;
    }
}
