package dev.archetype.core.io;

import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.CancelledException;
import dev.archetype.core.task.ProgressListener;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads one sheet of an Excel 97–2003 workbook (at most 65,536 rows, so it is loaded whole) with POI HSSF. */
final class XlsImporter {
    private XlsImporter() { }

    static List<String> sheetNames(Path file) throws ImportException {
        try (HSSFWorkbook wb = open(file)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));
            return names;
        } catch (IOException | RuntimeException ex) {
            throw Importer.workbookFailure(file, ex);
        }
    }

    static SheetCollector.Table read(Path file, String wanted, ImportOptions options, ProgressListener progress,
                                     Cancellation cancel, int rowLimit, List<String> warnings, String[] sheetRead)
            throws ImportException {
        try (HSSFWorkbook wb = open(file)) {
            List<String> names = new ArrayList<>();
            ImportException firstProblem = null;
            for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));
            if (wanted != null && !names.contains(wanted)) {
                throw new ImportException(file, "there is no sheet named '" + wanted + "'; sheets are " + String.join(", ", names));
            }
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                Sheet sheet = wb.getSheetAt(i);
                if (wanted != null && !wanted.equals(sheet.getSheetName())) continue;
                SheetCollector collector = new SheetCollector(options, rowLimit, cancel);
                for (CellRangeAddress m : sheet.getMergedRegions()) {
                    collector.merged(m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn());
                }
                boolean date1904 = wb.getInternalWorkbook().isUsing1904DateWindowing();
                int last = Math.max(1, sheet.getLastRowNum() + 1);
                for (Row row : sheet) {
                    collector.startRow(row.getRowNum());
                    for (Cell cell : row) emit(collector, cell, date1904);
                    if (collector.endRow()) break;
                    if ((row.getRowNum() & 4095) == 0) {
                        progress.progress(0.95 * row.getRowNum() / last, "Reading sheet " + sheet.getSheetName());
                    }
                }
                List<String> sheetWarnings = new ArrayList<>();
                try {
                    SheetCollector.Table t = collector.finish(file, sheet.getSheetName(), sheetWarnings);
                    warnings.addAll(sheetWarnings);
                    sheetRead[0] = sheet.getSheetName();
                    return t;
                } catch (ImportException empty) {
                    if (wanted != null) throw empty;
                    if (firstProblem == null && !empty.getReason().contains("is empty")) firstProblem = empty;
                }
            }
            if (firstProblem != null) throw firstProblem;
            throw new ImportException(file, names.isEmpty() ? "the workbook has no sheets" : "every sheet is empty");
        } catch (ImportException | CancelledException ex) {
            throw ex;
        } catch (IOException | RuntimeException ex) {
            throw Importer.workbookFailure(file, ex);
        }
    }

    private static HSSFWorkbook open(Path file) throws IOException {
        POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
        try {
            return new HSSFWorkbook(fs.getRoot(), true);
        } catch (IOException | RuntimeException ex) {
            fs.close();
            throw ex;
        }
    }

    private static void emit(SheetCollector out, Cell cell, boolean date1904) {
        int col = cell.getColumnIndex();
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) type = cell.getCachedFormulaResultType();
        switch (type) {
            case NUMERIC -> {
                double v = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(v)) {
                    LocalDateTime t = DateUtil.getLocalDateTime(v, date1904, true);
                    out.date(col, t.toEpochSecond(ZoneOffset.UTC));
                } else {
                    out.number(col, v);
                }
            }
            case STRING -> out.text(col, cell.getRichStringCellValue().getString());
            case BOOLEAN -> out.bool(col, cell.getBooleanCellValue());
            case ERROR -> {
                FormulaError fe;
                try {
                    fe = FormulaError.forInt(cell.getErrorCellValue());
                } catch (IllegalArgumentException ex) {
                    fe = null;
                }
                out.error(col, fe == null ? "#ERROR" : fe.getString());
            }
            default -> { }
        }
    }
}
