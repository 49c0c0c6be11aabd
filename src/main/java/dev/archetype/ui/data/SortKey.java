package dev.archetype.ui.data;

/**
 * One level of a table sort.
 *
 * @param column    index of the column in the Dataset
 * @param ascending direction; missing cells always sort last
 */
public record SortKey(int column, boolean ascending) {
    public SortKey {
        if (column < 0) throw new IllegalArgumentException("column must be >= 0, was " + column);
    }
}
