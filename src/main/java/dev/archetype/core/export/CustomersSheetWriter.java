package dev.archetype.core.export;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Streams every dataset row into "Customers" sheets (SXSSF, a small window of rows in memory) with the
 * original cell types, then Cluster, Archetype, Distance and Silhouette; continues on "Customers (2)" ... past
 * the per-sheet row limit.
 */
final class CustomersSheetWriter {
    static final String SHEET = "Customers";
    private static final int CHUNK = 2048;
    /** A categorical level that was a number in the file is written back as a number. */
    private static final Pattern CANONICAL_NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d*[1-9])?");

    private final ExportRequest request;
    private final WorkbookStyles styles;
    private final int maxRows;
    private final ExcelText longText = new ExcelText();

    CustomersSheetWriter(ExportRequest request, WorkbookStyles styles, int maxRows) {
        this.request = request;
        this.styles = styles;
        this.maxRows = maxRows;
    }

    /** Sheet names for {@code rows} data rows. */
    static List<String> sheetNames(int rows, int maxRows) {
        int parts = Math.max(1, (rows + maxRows - 1) / maxRows);
        List<String> names = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) names.add(p == 0 ? SHEET : SHEET + " (" + (p + 1) + ")");
        return names;
    }

    /** Writes the sheets at the front of the workbook; returns their names. */
    List<String> write(SXSSFWorkbook wb, ProgressListener progress, Cancellation cancel, double from, double to) {
        Dataset data = request.dataset();
        List<Column> columns = data.columns();
        int n = data.rowCount();
        int[] matrixRow = request.matrixRowOfDatasetRow();
        List<String> archetypeNames = request.profile().names();
        boolean silhouettes = request.silhouettes() != null;
        List<String> headers = new ArrayList<>(data.columnNames());
        headers.add("Cluster");
        headers.add("Archetype");
        headers.add("Distance");
        if (silhouettes) headers.add("Silhouette");
        boolean unusual = request.flagsUnusual();
        if (unusual) headers.add("Unusual");

        CellStyle[] dateStyles = new CellStyle[columns.size()];
        boolean[] numericLevels = new boolean[columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            if (columns.get(j) instanceof DateColumn d) dateStyles[j] = hasTime(d) ? styles.dateTime : styles.date;
            if (columns.get(j) instanceof CategoricalColumn c) numericLevels[j] = allNumeric(c.levels());
        }

        // Every cell gets an explicit style: without one, SXSSF looks up the column's default style through
        // XMLBeans for each cell, which took two thirds of the time on a million rows.
        CellStyle plain = wb.getCellStyleAt(0);
        int archetypeChars = 12;
        for (String name : archetypeNames) archetypeChars = Math.max(archetypeChars, name.length() + 2);
        List<String> names = sheetNames(n, maxRows);
        for (int part = 0; part < names.size(); part++) {
            Sheet sheet = wb.createSheet(names.get(part));
            wb.setSheetOrder(names.get(part), part);
            writeHeader(sheet, headers);
            sheet.setColumnWidth(columns.size() + 1, Math.min(60, archetypeChars) * 256);
            int first = part * maxRows;
            int last = Math.min(n, first + maxRows);
            int out = 1;
            for (int r = first; r < last; r++, out++) {
                if (r % CHUNK == 0) {
                    cancel.check();
                    progress.progress(from + (to - from) * r / Math.max(1, n), "Writing customer " + r + " of " + n);
                }
                Row row = sheet.createRow(out);
                for (int j = 0; j < columns.size(); j++) {
                    writeCell(row, j, columns.get(j), r, dateStyles[j], numericLevels[j], plain, names.get(part), out);
                }
                int m = matrixRow[r];
                if (m >= 0) {
                    int label = request.clustering().label(m);
                    int c = columns.size();
                    plainCell(row, c, plain).setCellValue(label + 1);
                    plainCell(row, c + 1, plain).setCellValue(archetypeNames.get(label));
                    Cell dist = row.createCell(c + 2);
                    dist.setCellValue(request.clustering().distance(m));
                    dist.setCellStyle(styles.decimal3);
                    double s = request.silhouette(m);
                    if (silhouettes && !Double.isNaN(s)) {
                        Cell sc = row.createCell(c + 3);
                        sc.setCellValue(s);
                        sc.setCellStyle(styles.decimal3);
                    }
                    if (unusual) plainCell(row, c + (silhouettes ? 4 : 3), plain).setCellValue(request.unusual(m) ? "yes" : "no");
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, last - first), 0, headers.size() - 1));
        }
        cancel.check();
        return names;
    }

    private void writeHeader(Sheet sheet, List<String> headers) {
        Row h = sheet.createRow(0);
        for (int j = 0; j < headers.size(); j++) {
            Cell cell = h.createCell(j);
            cell.setCellValue(ExcelText.fit(headers.get(j)));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(j, Math.min(60, Math.max(10, headers.get(j).length() + 4)) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private void writeCell(Row row, int j, Column column, int r, CellStyle dateStyle, boolean numericLevel,
                           CellStyle plain, String sheetName, int sheetRow) {
        if (column.isMissing(r)) return;
        if (column instanceof NumericColumn num) {
            plainCell(row, j, plain).setCellValue(num.get(r));
        } else if (column instanceof DateColumn d) {
            double serial = excelDate(d.epochSeconds(r));
            if (Double.isNaN(serial)) {
                plainCell(row, j, plain).setCellValue(d.format(r));
            } else {
                Cell cell = row.createCell(j);
                cell.setCellValue(serial);
                cell.setCellStyle(dateStyle);
            }
        } else if (numericLevel) {
            plainCell(row, j, plain).setCellValue(Double.parseDouble(column.format(r)));
        } else {
            String text = column.format(r);
            if (text.length() > ExcelText.MAX_CHARS) {
                text = longText.fit(text, sheetName + " row " + (sheetRow + 1) + ", column '" + column.name() + "'");
            }
            plainCell(row, j, plain).setCellValue(text);
        }
    }

    /** What was cut to Excel's cell limit, for the Run sheet; null when nothing was. */
    String cutNote() {
        return longText.note();
    }

    private static Cell plainCell(Row row, int j, CellStyle plain) {
        Cell cell = row.createCell(j);
        cell.setCellStyle(plain);
        return cell;
    }

    /**
     * The Excel serial date of a wall-clock time stored as UTC epoch seconds: days since 1899-12-30 (the 1900
     * date system; 1970-01-01 is day 25,569). Exact to the second, and much cheaper than POI's Calendar path.
     * Before 1900-03-01 Excel counts a 29 February 1900 that never was, so those serials are one lower; before
     * 1900 Excel has no dates at all and NaN is returned (the caller writes the date as text).
     */
    static double excelDate(long epochSeconds) {
        double serial = 25_569 + epochSeconds / 86_400.0;
        if (serial < 61) serial -= 1;
        return serial < 1 ? Double.NaN : serial;
    }

    private static boolean hasTime(DateColumn d) {
        for (int r = 0; r < d.size(); r++) {
            long s = d.epochSeconds(r);
            if (s != DateColumn.MISSING && Math.floorMod(s, 86_400L) != 0) return true;
        }
        return false;
    }

    private static boolean allNumeric(List<String> levels) {
        if (levels.isEmpty()) return false;
        for (String l : levels) if (!CANONICAL_NUMBER.matcher(l).matches()) return false;
        return true;
    }
}
