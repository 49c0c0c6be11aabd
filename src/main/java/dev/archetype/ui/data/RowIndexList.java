package dev.archetype.ui.data;

import javafx.collections.ObservableListBase;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;

/**
 * The table's items: row indices into the Dataset, computed on demand from a size and an optional order
 * array. A million-row table costs no per-row objects (at most the one {@code int[]} of a sort order);
 * {@link Integer}s are boxed only for the cells on screen.
 * Not thread-safe: mutate on the FX thread.
 */
public final class RowIndexList extends ObservableListBase<Integer> {
    private int size;
    private int[] order;

    @Override
    public Integer get(int index) {
        Objects.checkIndex(index, size);
        return order == null ? index : order[index];
    }

    /** The dataset row shown at a position, without boxing. */
    public int rowAt(int index) {
        Objects.checkIndex(index, size);
        return order == null ? index : order[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** Shows a new table of {@code newSize} rows in file order. */
    public void reset(int newSize) {
        show(newSize, null);
    }

    /** Shows other rows: {@code rows} in that order, or all {@code allRows} in file order when null. */
    public void show(int allRows, int[] rows) {
        List<Integer> removed = snapshot(size, order);
        int oldSize = size;
        int newSize = rows == null ? allRows : rows.length;
        size = newSize;
        order = rows;
        beginChange();
        if (oldSize > 0) nextRemove(0, removed);
        if (newSize > 0) nextAdd(0, newSize);
        endChange();
    }

    /**
     * Re-orders the same rows. {@code newOrder[i]} is the dataset row shown at position i; null means file
     * order of all rows. Fired as a permutation so selections follow their rows. Use {@link #show} when the
     * set of rows changes.
     */
    public void setOrder(int[] newOrder) {
        if (newOrder != null && newOrder.length != size) {
            throw new IllegalArgumentException("Order has " + newOrder.length + " rows, table has " + size);
        }
        if (size == 0) {
            order = newOrder;
            return;
        }
        // Rows are dataset indices, which may exceed the table size while a filter is active.
        int span = Math.max(maxRow(newOrder), maxRow(order)) + 1;
        int[] newPositionOfRow = new int[span];
        for (int pos = 0; pos < size; pos++) newPositionOfRow[newOrder == null ? pos : newOrder[pos]] = pos;
        int[] permutation = new int[size];
        for (int oldPos = 0; oldPos < size; oldPos++) {
            permutation[oldPos] = newPositionOfRow[order == null ? oldPos : order[oldPos]];
        }
        order = newOrder;
        beginChange();
        nextPermutation(0, size, permutation);
        endChange();
    }

    private int maxRow(int[] rows) {
        if (rows == null) return size - 1;
        int max = -1;
        for (int r : rows) max = Math.max(max, r);
        return max;
    }

    /** A lazy, immutable view of the previous content, for change events (no copy of a million rows). */
    private static List<Integer> snapshot(int size, int[] order) {
        return new AbstractList<>() {
            @Override public Integer get(int i) {
                Objects.checkIndex(i, size);
                return order == null ? i : order[i];
            }
            @Override public int size() {
                return size;
            }
        };
    }
}
