package dev.archetype.core.io;

/** A spreadsheet format, as detected from the file's first bytes (never from its extension). */
public enum FileFormat {
    /** Delimited text: CSV, TSV, TXT. */
    CSV,
    /** Office Open XML workbook (a zip). */
    XLSX,
    /** Excel 97–2003 binary workbook (an OLE2 compound file). */
    XLS
}
