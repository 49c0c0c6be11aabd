package dev.archetype.core.data;

/**
 * What the importer decided a column holds. The storage class ({@link Column} subtype) follows from it:
 * NUMERIC, INTEGER, BOOLEAN → {@link NumericColumn}; CATEGORICAL → {@link CategoricalColumn};
 * DATE → {@link DateColumn}; TEXT, IDENTIFIER → {@link TextColumn} (or numeric for numeric ids);
 * CONSTANT keeps whatever storage the values had.
 */
public enum ColumnType {
    NUMERIC, INTEGER, BOOLEAN, DATE, CATEGORICAL, TEXT, IDENTIFIER, CONSTANT;

    /** Lower-case name used in JSON and on screen ("numeric", "identifier", ...). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether a column of this type is offered as a clustering feature by default. */
    public boolean isDefaultFeature() {
        return this == NUMERIC || this == INTEGER || this == BOOLEAN;
    }
}
