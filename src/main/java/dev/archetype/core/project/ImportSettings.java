package dev.archetype.core.project;

import dev.archetype.core.data.ColumnType;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.RaggedRows;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

    /** What the import dialog used; the importer's default missing tokens are kept as null. */
    public static ImportSettings of(ImportOptions o) {
        List<String> tokens = o.missingTokens().equals(ImportOptions.DEFAULT_MISSING_TOKENS)
                ? null : List.copyOf(o.missingTokens());
        return new ImportSettings(o.sheet(), o.headerRow(), o.hasHeader(), o.delimiter(),
                o.encoding() == null ? null : o.encoding().name(), tokens, o.typeOverrides(), o.raggedRows().name());
    }

    /**
     * Options to read the source the same way again.
     *
     * @throws IllegalArgumentException naming the encoding or policy this Java runtime or version does not know
     */
    public ImportOptions toImportOptions() {
        return new ImportOptions(sheet, headerRow, hasHeader, delimiter, charset(),
                missingTokens == null ? ImportOptions.DEFAULT_MISSING_TOKENS : new LinkedHashSet<>(missingTokens),
                typeOverrides, raggedRows == null ? null : EnumNames.parse(RaggedRows.class, raggedRows, "ragged-row policy"));
    }

    private Charset charset() {
        if (encoding == null) return null;
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("the project reads its source as \"" + encoding
                    + "\", an encoding this Java runtime does not support");
        }
    }
}
