package dev.archetype.core.data;

/**
 * One column of a {@link Dataset}. Columns are immutable and columnar: values live in one primitive array,
 * never as per-row objects, so a million-row table costs about 8 bytes per numeric cell.
 * Thread safety: immutable after construction, safe to share.
 */
public sealed interface Column permits NumericColumn, CategoricalColumn, TextColumn, DateColumn {

    String name();

    ColumnType type();

    int size();

    boolean isMissing(int row);

    /** Number of missing cells (computed once). */
    int missingCount();

    /** Number of distinct non-missing values (computed once). */
    int distinctCount();

    /** The cell as a user would read it; "" when missing. */
    String format(int row);

    /** The same column under another name (header de-duplication, renames). */
    Column withName(String newName);

    /** The same values with another inferred type (user override); storage is unchanged. */
    Column withType(ColumnType newType);
}
