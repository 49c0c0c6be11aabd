package dev.archetype.core.io;

import java.nio.file.Path;

/**
 * A file could not be imported. The message is one line that says where (file, sheet, row, column) and what
 * is wrong, e.g. {@code sales.xlsx, sheet 'Q1', row 12, column 'Price': not a number}. It is meant to be shown
 * to the user as is; the technical cause, if any, is kept as the exception's cause.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String sheet;
    private final Integer row;
    private final String column;
    private final String reason;

    /**
     * @param file   the file being imported (not null)
     * @param sheet  the sheet name, or null
     * @param row    1-based row as the user sees it (Excel row number, or CSV line number), or null
     * @param column the column name, or null
     * @param reason what is wrong, in plain words (not null)
     * @param cause  the underlying exception, or null
     */
    public ImportException(Path file, String sheet, Integer row, String column, String reason, Throwable cause) {
        this(file, sheet, row, column, reason, cause, "row");
    }

    private ImportException(Path file, String sheet, Integer row, String column, String reason, Throwable cause,
                            String rowWord) {
        super(compose(file, sheet, row, column, reason, rowWord), cause);
        this.file = file;
        this.sheet = sheet;
        this.row = row;
        this.column = column;
        this.reason = reason;
    }

    public ImportException(Path file, String reason) {
        this(file, null, null, null, reason, null);
    }

    public ImportException(Path file, String reason, Throwable cause) {
        this(file, null, null, null, reason, cause);
    }

    /** A failure at a line of a text file, said as {@code a.csv, line 7: reason} ({@link #getRow()} is the line). */
    public static ImportException atLine(Path file, long line, String reason) {
        return new ImportException(file, null, (int) Math.min(line, Integer.MAX_VALUE), null, reason, null, "line");
    }

    public Path getFile() { return file; }

    /** The sheet name, or null. */
    public String getSheet() { return sheet; }

    /** 1-based row as the user sees it, or null. */
    public Integer getRow() { return row; }

    /** The column name, or null. */
    public String getColumn() { return column; }

    /** What is wrong, without the location. */
    public String getReason() { return reason; }

    private static String compose(Path file, String sheet, Integer row, String column, String reason, String rowWord) {
        StringBuilder sb = new StringBuilder();
        Path name = file == null ? null : file.getFileName();
        sb.append(name == null ? String.valueOf(file) : name.toString());
        if (sheet != null) sb.append(", sheet '").append(sheet).append('\'');
        if (row != null) sb.append(", ").append(rowWord).append(' ').append(row);
        if (column != null) sb.append(", column '").append(column).append('\'');
        sb.append(": ").append(reason == null ? "cannot be read" : reason.replace('\n', ' ').replace('\r', ' '));
        return sb.toString();
    }
}
