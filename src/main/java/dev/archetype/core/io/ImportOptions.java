package dev.archetype.core.io;

import dev.archetype.core.data.ColumnType;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How to read a file. Every detectable setting is nullable: null means "detect it".
 *
 * @param sheet         sheet to read; null = first sheet with data (ignored for CSV)
 * @param headerRow     0-based header row (sheet row for Excel, record for CSV); null = detect (title rows above
 *                      the table are skipped)
 * @param hasHeader     whether there is a header row at all; null = detect
 * @param delimiter     CSV field separator; null = detect among comma, semicolon, tab and pipe
 * @param encoding      CSV character set; null = detect (BOM, UTF-8, UTF-16, Windows-1252 fallback)
 * @param missingTokens cell texts read as missing, compared case-insensitively after trimming
 * @param typeOverrides column name → type the user chose; applied after inference
 * @param raggedRows    what to do with CSV rows whose field count differs from the header's
 */
public record ImportOptions(String sheet, Integer headerRow, Boolean hasHeader, Character delimiter, Charset encoding,
                            Set<String> missingTokens, Map<String, ColumnType> typeOverrides, RaggedRows raggedRows) {

    /** The default missing-value tokens: empty, NA, N/A, null, -, ? (case-insensitive). */
    public static final Set<String> DEFAULT_MISSING_TOKENS = Set.of("", "na", "n/a", "null", "-", "?");
    /** The words read as 1 and 0 in a yes/no column (lower case), by the importer and by the Spark module. */
    public static final Set<String> TRUE_WORDS = Set.of("true", "yes", "y", "t");
    public static final Set<String> FALSE_WORDS = Set.of("false", "no", "n", "f");

    public ImportOptions {
        if (headerRow != null && headerRow < 0) throw new IllegalArgumentException("headerRow must be >= 0: " + headerRow);
        if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
            throw new IllegalArgumentException("Unusable delimiter: " + delimiter);
        }
        Set<String> tokens = new LinkedHashSet<>();
        if (missingTokens != null) for (String t : missingTokens) tokens.add(t.trim().toLowerCase(Locale.ROOT));
        missingTokens = Set.copyOf(tokens);
        typeOverrides = typeOverrides == null ? Map.of() : Map.copyOf(typeOverrides);
        raggedRows = raggedRows == null ? RaggedRows.PAD : raggedRows;
    }

    /** Detect everything; default missing tokens; pad ragged rows. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, null, null, DEFAULT_MISSING_TOKENS, Map.of(), RaggedRows.PAD);
    }

    public ImportOptions withSheet(String newSheet) {
        return new ImportOptions(newSheet, headerRow, hasHeader, delimiter, encoding, missingTokens, typeOverrides, raggedRows);
    }

    /** @param row 0-based header row, or null to detect */
    public ImportOptions withHeaderRow(Integer row) {
        return new ImportOptions(sheet, row, hasHeader, delimiter, encoding, missingTokens, typeOverrides, raggedRows);
    }

    public ImportOptions withHasHeader(Boolean header) {
        return new ImportOptions(sheet, headerRow, header, delimiter, encoding, missingTokens, typeOverrides, raggedRows);
    }

    public ImportOptions withDelimiter(Character newDelimiter) {
        return new ImportOptions(sheet, headerRow, hasHeader, newDelimiter, encoding, missingTokens, typeOverrides, raggedRows);
    }

    public ImportOptions withEncoding(Charset newEncoding) {
        return new ImportOptions(sheet, headerRow, hasHeader, delimiter, newEncoding, missingTokens, typeOverrides, raggedRows);
    }

    /** Adds (or with a null type removes) a type override for one column. */
    public ImportOptions withTypeOverride(String column, ColumnType type) {
        Map<String, ColumnType> m = new LinkedHashMap<>(typeOverrides);
        if (type == null) m.remove(column); else m.put(column, type);
        return new ImportOptions(sheet, headerRow, hasHeader, delimiter, encoding, missingTokens, m, raggedRows);
    }

    public ImportOptions withMissingTokens(Set<String> tokens) {
        return new ImportOptions(sheet, headerRow, hasHeader, delimiter, encoding, tokens, typeOverrides, raggedRows);
    }

    public ImportOptions withRaggedRows(RaggedRows policy) {
        return new ImportOptions(sheet, headerRow, hasHeader, delimiter, encoding, missingTokens, typeOverrides, policy);
    }
}
