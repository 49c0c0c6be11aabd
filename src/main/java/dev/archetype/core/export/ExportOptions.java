package dev.archetype.core.export;

import java.util.Objects;

/**
 * How to write an export; validated, free of any UI type.
 *
 * @param overwrite       whether an existing target may be replaced
 * @param csvBom          write a UTF-8 byte-order mark so Excel reads the CSV as UTF-8
 * @param csvDelimiter    field separator for CSV (',' or ';' or tab)
 * @param maxRowsPerSheet data rows per Customers sheet before continuing on the next one (Excel's limit by default)
 */
public record ExportOptions(AtomicFileWriter.Overwrite overwrite, boolean csvBom, char csvDelimiter, int maxRowsPerSheet) {
    /** Excel's sheet limit (1,048,576 rows) less the header row. */
    public static final int EXCEL_MAX_DATA_ROWS = 1_048_575;

    public ExportOptions {
        Objects.requireNonNull(overwrite, "overwrite");
        if (csvDelimiter != ',' && csvDelimiter != ';' && csvDelimiter != '\t') {
            throw new IllegalArgumentException("CSV delimiter must be ',', ';' or tab, not '" + csvDelimiter + "'");
        }
        if (maxRowsPerSheet < 1 || maxRowsPerSheet > EXCEL_MAX_DATA_ROWS) {
            throw new IllegalArgumentException("rows per sheet must be 1.." + EXCEL_MAX_DATA_ROWS + ": " + maxRowsPerSheet);
        }
    }

    /** Replace an existing target, no BOM, commas, Excel's row limit. */
    public static ExportOptions defaults() {
        return new ExportOptions(AtomicFileWriter.Overwrite.REPLACE, false, ',', EXCEL_MAX_DATA_ROWS);
    }

    public ExportOptions withOverwrite(AtomicFileWriter.Overwrite o) {
        return new ExportOptions(o, csvBom, csvDelimiter, maxRowsPerSheet);
    }

    public ExportOptions withCsvBom(boolean bom) {
        return new ExportOptions(overwrite, bom, csvDelimiter, maxRowsPerSheet);
    }

    public ExportOptions withMaxRowsPerSheet(int rows) {
        return new ExportOptions(overwrite, csvBom, csvDelimiter, rows);
    }
}
