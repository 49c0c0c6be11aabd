package dev.archetype.cli;

import dev.archetype.core.data.ColumnType;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.RaggedRows;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How to read FILE, as the window's import dialog chooses it; shared by every command that reads a data file. */
final class ImportFlags {
    @Option(names = "--sheet", paramLabel = "NAME", description = "Sheet of a workbook (default: the first with data).")
    String sheet;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Text encoding of a CSV, e.g. UTF-8 or windows-1252 (default: detected).")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "Field delimiter of a CSV: a character, or tab (default: detected).")
    String delimiter;

    @Option(names = "--header-row", paramLabel = "N|none", description = "Row holding the column names, 1 = the first; none when there is no header (default: detected).")
    String headerRow;

    @Option(names = "--missing-tokens", paramLabel = "A,B", split = ",", splitSynopsisLabel = ",",
            description = "Cell texts read as missing (default: empty, NA, N/A, null, -, ?).")
    List<String> missingTokens;

    @Option(names = "--type", paramLabel = "COLUMN=TYPE",
            description = "Read COLUMN as TYPE (numeric, integer, boolean, date, categorical, text, identifier); repeatable.")
    List<String> types;

    @Option(names = "--ragged-rows", paramLabel = "pad|skip", description = "Rows with too few or too many fields: pad them or skip them (default: pad).")
    String raggedRows;

    /** The import options these flags describe; a malformed flag is a usage error. */
    ImportOptions options(CommandSpec spec, Path file) {
        DatasetReading.checkSheetOption(spec, file, sheet);
        ImportOptions o = ImportOptions.defaults().withSheet(sheet);
        try {
            if (encoding != null) o = o.withEncoding(Charset.forName(encoding));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--encoding: unknown character set '" + encoding + "'");
        }
        if (delimiter != null) {
            String d = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? "\t" : delimiter;
            if (d.length() != 1 || d.equals("\"")) {
                throw new ParameterException(spec.commandLine(), "--delimiter must be one character (or tab), not '" + delimiter + "'");
            }
            o = o.withDelimiter(d.charAt(0));
        }
        if (headerRow != null) {
            if (headerRow.equalsIgnoreCase("none")) {
                o = o.withHasHeader(false);
            } else {
                try {
                    int row = Integer.parseInt(headerRow.trim());
                    if (row < 1) throw new NumberFormatException();
                    o = o.withHeaderRow(row - 1).withHasHeader(true);
                } catch (NumberFormatException e) {
                    throw new ParameterException(spec.commandLine(), "--header-row must be a row number from 1, or none, not '" + headerRow + "'");
                }
            }
        }
        if (missingTokens != null) o = o.withMissingTokens(new LinkedHashSet<>(missingTokens));
        if (types != null) {
            for (String t : types) {
                int eq = t.lastIndexOf('=');
                ColumnType type = eq <= 0 ? null : parseType(t.substring(eq + 1));
                if (type == null) {
                    throw new ParameterException(spec.commandLine(), "--type must be COLUMN=TYPE with TYPE one of "
                            + "numeric, integer, boolean, date, categorical, text, identifier; not '" + t + "'");
                }
                o = o.withTypeOverride(t.substring(0, eq), type);
            }
        }
        if (raggedRows != null) {
            switch (raggedRows.toLowerCase(Locale.ROOT)) {
                case "pad" -> o = o.withRaggedRows(RaggedRows.PAD);
                case "skip" -> o = o.withRaggedRows(RaggedRows.SKIP);
                default -> throw new ParameterException(spec.commandLine(), "--ragged-rows must be pad or skip, not '" + raggedRows + "'");
            }
        }
        return o;
    }

    private static final Set<String> TYPES = Set.of("numeric", "integer", "boolean", "date", "categorical", "text", "identifier");

    private static ColumnType parseType(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        return TYPES.contains(l) ? ColumnType.valueOf(l.toUpperCase(Locale.ROOT)) : null;
    }
}
