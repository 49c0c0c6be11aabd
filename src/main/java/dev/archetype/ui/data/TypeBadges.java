package dev.archetype.ui.data;

import dev.archetype.core.data.ColumnType;

/** The short badge text and one-sentence explanation of each column type, shared by every screen. */
public final class TypeBadges {
    private TypeBadges() { }

    /** A 2–5 letter badge ("NUM", "ID", ...). */
    public static String badge(ColumnType type) {
        return switch (type) {
            case NUMERIC -> "NUM";
            case INTEGER -> "INT";
            case BOOLEAN -> "BOOL";
            case DATE -> "DATE";
            case CATEGORICAL -> "CAT";
            case TEXT -> "TEXT";
            case IDENTIFIER -> "ID";
            case CONSTANT -> "CONST";
        };
    }

    /** What the type means for the user, in one sentence. */
    public static String explanation(ColumnType type) {
        return switch (type) {
            case NUMERIC -> "Numeric: measurements that can have decimals.";
            case INTEGER -> "Integer: whole numbers such as counts or amounts.";
            case BOOLEAN -> "Boolean: two values such as yes/no or 0/1.";
            case DATE -> "Date: calendar dates or date-times.";
            case CATEGORICAL -> "Categorical: a few distinct labels; can be one-hot encoded for clustering.";
            case TEXT -> "Text: free text; not used for clustering by default.";
            case IDENTIFIER -> "Identifier: nearly every value is distinct; not used for clustering by default.";
            case CONSTANT -> "Constant: every row has the same value; it cannot separate clusters.";
        };
    }

    /** The CSS style class that colours the badge ("type-numeric", ...). */
    public static String styleClass(ColumnType type) {
        return "type-" + type.label();
    }
}
