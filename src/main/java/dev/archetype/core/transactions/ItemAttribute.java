package dev.archetype.core.transactions;

import java.util.List;

/**
 * One attribute of the items (Varietal, Minimum Qty), aligned with the pivot's items.
 *
 * @param name    the attribute table's column name
 * @param kind    categorical levels or numbers
 * @param levels  the levels, for a categorical attribute (empty for numeric)
 * @param level   per pivot item, the index into {@code levels}, or -1 when unknown (categorical only)
 * @param value   per pivot item, the number, or NaN when unknown (numeric only)
 * @param yesNo   whether a categorical attribute is a flag (TRUE/FALSE, yes/no)
 */
public record ItemAttribute(String name, Kind kind, List<String> levels, int[] level, double[] value, boolean yesNo) {
    public enum Kind { CATEGORICAL, NUMERIC }

    public ItemAttribute {
        levels = List.copyOf(levels);
        level = level.clone();
        value = value.clone();
    }

    public boolean isCategorical() {
        return kind == Kind.CATEGORICAL;
    }

    /** The level index of pivot item {@code item}, or -1. */
    public int levelOf(int item) {
        return level[item];
    }

    /** The number for pivot item {@code item}, or NaN. */
    public double valueOf(int item) {
        return value[item];
    }

    /** Whether a flag level means "true" (TRUE, yes, 1, y). */
    public static boolean isYes(String level) {
        String l = level.strip().toLowerCase(java.util.Locale.ROOT);
        return l.equals("true") || l.equals("yes") || l.equals("y") || l.equals("1");
    }
}
