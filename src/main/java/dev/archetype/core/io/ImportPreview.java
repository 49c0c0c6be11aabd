package dev.archetype.core.io;

import dev.archetype.core.data.Dataset;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What an import would produce, computed from the first rows only: the typed rows plus everything that was
 * detected, so an import dialog can show it and offer overrides.
 *
 * @param dataset   the first {@code maxRows} data rows, typed (types are inferred from those rows only)
 * @param format    the detected file format
 * @param sheets    the workbook's sheet names; empty for CSV
 * @param sheet     the sheet that was read; null for CSV
 * @param headerRow 0-based index of the header row (sheet row for Excel, record for CSV); -1 when there is none
 * @param delimiter the detected or given field separator; null for Excel
 * @param encoding  the detected or given character set; null for Excel
 * @param warnings  what the import noticed (same as {@code dataset.warnings()})
 */
public record ImportPreview(Dataset dataset, FileFormat format, List<String> sheets, String sheet, int headerRow,
                            Character delimiter, Charset encoding, List<String> warnings) {
    public ImportPreview {
        sheets = List.copyOf(sheets);
        warnings = List.copyOf(warnings);
    }
}
