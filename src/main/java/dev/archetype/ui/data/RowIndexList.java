package dev.archetype.ui.data;

import javafx.collections.ObservableListBase;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * The table's items: row indices into the Dataset, computed on demand from a size and an optional order
 * array. A million-row table costs no per-row objects (at most the one {@code int[]} of a sort order);
 * {@link Integer}s are boxed only for the cells on screen.
 * Not thread-safe: mutate on the FX thread.
 */
public final class RowIndexList extends ObservableListBase<Integer> {
    private int size;
    private int[] order;
    private IntPredicate filter;
    /** While a filter is set: the dataset rows that pass it, in table order (one int[] of the kept rows). */
    private int[] visible;

    @Override
    public Integer get(int index) {
        return rowAt(index);
    }

    /** The dataset row shown at a position, without boxing. */
    public int rowAt(int index) {
        if (visible != null) {
            Objects.checkIndex(index, visible.length);
            return visible[index];
        }
        Objects.checkIndex(index, size);
        return order == null ? index : order[index];
    }

    @Override
    public int size() {
        return visible != null ? visible.length : size;
    }

    /** Shows a new table of {@code newSize} rows in file order, unfiltered. */
    public void reset(int newSize) {
        List<Integer> removed = currentSnapshot();
        int oldSize = removed.size();
        size = newSize;
        order = null;
        filter = null;
        visible = null;
        beginChange();
        if (oldSize > 0) nextRemove(0, removed);
        if (newSize > 0) nextAdd(0, newSize);
        endChange();
    }

    /**
     * Shows only the rows {@code keep} accepts (e.g. one cluster's members), in the current order; null
     * shows every row again. Fired as a replacement of the whole content.
     */
    public void setFilter(IntPredicate keep) {
        List<Integer> removed = currentSnapshot();
        filter = keep;
        visible = keep == null ? null : kept();
        fireReplaced(removed);
    }

    /** Whether a filter is hiding rows. */
    public boolean isFiltered() {
        return filter != null;
    }

    private int[] kept() {
        int count = 0;
        for (int pos = 0; pos < size; pos++) if (filter.test(order == null ? pos : order[pos])) count++;
        int[] out = new int[count];
        int i = 0;
        for (int pos = 0; pos < size; pos++) {
            int row = order == null ? pos : order[pos];
            if (filter.test(row)) out[i++] = row;
        }
        return out;
    }

    private void fireReplaced(List<Integer> removed) {
        int added = size();
        if (removed.isEmpty() && added == 0) return;
        beginChange();
        if (!removed.isEmpty()) nextRemove(0, removed);
        if (added > 0) nextAdd(0, added);
        endChange();
    }

    private List<Integer> currentSnapshot() {
        if (visible != null) {
            int[] v = visible;
            return new AbstractList<>() {
                @Override public Integer get(int i) { return v[i]; }
                @Override public int size() { return v.length; }
            };
        }
        return snapshot(size, order);
    }

    /**
     * Re-orders the same rows. {@code newOrder[i]} is the dataset row shown at position i; null means file
     * order. Fired as a permutation so selections follow their rows.
     */
    public void setOrder(int[] newOrder) {
        if (newOrder != null && newOrder.length != size) {
            throw new IllegalArgumentException("Order has " + newOrder.length + " rows, table has " + size);
        }
        if (filter != null) {
            List<Integer> removed = currentSnapshot();
            order = newOrder;
            visible = kept();
            fireReplaced(removed);
            return;
        }
        if (size == 0) {
            order = newOrder;
            return;
        }
        int[] newPositionOfRow = new int[size];
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
