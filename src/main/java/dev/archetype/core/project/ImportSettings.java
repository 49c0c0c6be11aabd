package dev.archetype.core.project;

import dev.archetype.core.data.ColumnType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the source file was read, as saved in a project. Every field may be null, meaning "detect as
 * usual", so a project saved before the user touched an option re-imports the same way it first did.
 *
 * @param sheet          sheet name for a workbook, null for the first sheet or a CSV
 * @param headerRow      0-based row holding the header (sheet row, or CSV record), null to detect
 * @param hasHeader      whether the file has a header row, null to detect
 * @param delimiter      CSV field delimiter, null to detect
 * @param encoding       charset name ("UTF-8", "windows-1252"), null to detect
 * @param missingTokens  cell texts read as missing, sorted; null for the importer's default set
 * @param typeOverrides  column name → type the user forced, in column order
 * @param raggedRows     name of the ragged-row policy, null for the default
 */
public record ImportSettings(String sheet, Integer headerRow, Boolean hasHeader, Character delimiter, String encoding,
                             List<String> missingTokens, Map<String, ColumnType> typeOverrides, String raggedRows) {

    /** Detect everything, as a first import does. */
    public static final ImportSettings DETECT = new ImportSettings(null, null, null, null, null, null, Map.of(), null);

    public ImportSettings {
        missingTokens = missingTokens == null ? null : missingTokens.stream().distinct().sorted().toList();
        typeOverrides = java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(Objects.requireNonNullElse(typeOverrides, Map.<String, ColumnType>of())));
        if (headerRow != null && headerRow < 0) throw new IllegalArgumentException("header row must be 0 or more, got " + headerRow);
    }
}
