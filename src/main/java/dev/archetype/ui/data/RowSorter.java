package dev.archetype.ui.data;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.data.TextColumn;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;

import java.util.Comparator;
import java.util.List;

/**
 * Sorts row indices of a Dataset by one or more columns with a stable merge sort on a primitive
 * {@code int[]}: no boxing and no per-row objects, so it can run over a million rows in the background.
 * Missing cells sort last in either direction. Plain Java; safe to run on any thread.
 */
public final class RowSorter {

    /** Compares two dataset rows. */
    @FunctionalInterface
    interface RowComparator {
        int compare(int a, int b);
    }

    private RowSorter() { }

    /** The row order for {@code keys}: element i is the dataset row shown at position i. */
    public static int[] sortedOrder(Dataset data, List<SortKey> keys, ProgressListener progress, Cancellation cancel) {
        int n = data.rowCount();
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) rows[i] = i;
        return sort(data, rows, keys, progress, cancel);
    }

    /** Sorts a subset of rows (e.g. one cluster's members) in place and returns it. */
    public static int[] sort(Dataset data, int[] rows, List<SortKey> keys, ProgressListener progress, Cancellation cancel) {
        if (keys.isEmpty() || rows.length < 2) return rows;
        mergeSort(rows, comparator(data, keys), progress, cancel);
        return rows;
    }

    static RowComparator comparator(Dataset data, List<SortKey> keys) {
        RowComparator[] levels = new RowComparator[keys.size()];
        for (int k = 0; k < levels.length; k++) {
            SortKey key = keys.get(k);
            levels[k] = withDirection(data.column(key.column()), key.ascending());
        }
        return (a, b) -> {
            for (RowComparator level : levels) {
                int c = level.compare(a, b);
                if (c != 0) return c;
            }
            return 0;
        };
    }

    /** Applies the direction to present values only, keeping missing cells last. */
    private static RowComparator withDirection(Column column, boolean ascending) {
        RowComparator values = valueComparator(column);
        return (a, b) -> {
            boolean ma = column.isMissing(a);
            boolean mb = column.isMissing(b);
            if (ma || mb) return ma == mb ? 0 : ma ? 1 : -1;
            int c = values.compare(a, b);
            return ascending ? c : -c;
        };
    }

    private static RowComparator valueComparator(Column column) {
        if (column instanceof NumericColumn num) {
            return (a, b) -> Double.compare(num.get(a), num.get(b));
        }
        if (column instanceof DateColumn date) {
            return (a, b) -> Long.compare(date.epochSeconds(a), date.epochSeconds(b));
        }
        if (column instanceof CategoricalColumn cat) {
            int[] rank = levelRanks(cat.levels());
            return (a, b) -> Integer.compare(rank[cat.code(a)], rank[cat.code(b)]);
        }
        TextColumn text = (TextColumn) column;
        Comparator<String> order = TEXT_ORDER;
        return (a, b) -> order.compare(text.get(a), text.get(b));
    }

    private static final Comparator<String> TEXT_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    /** Rank of each level code in text order, so categorical rows compare as ints. */
    private static int[] levelRanks(List<String> levels) {
        Integer[] codes = new Integer[levels.size()];
        for (int i = 0; i < codes.length; i++) codes[i] = i;
        java.util.Arrays.sort(codes, (x, y) -> TEXT_ORDER.compare(levels.get(x), levels.get(y)));
        int[] rank = new int[codes.length];
        for (int r = 0; r < codes.length; r++) rank[codes[r]] = r;
        return rank;
    }

    /** Bottom-up stable merge sort with one scratch buffer; checks cancellation once per pass chunk. */
    static void mergeSort(int[] a, RowComparator cmp, ProgressListener progress, Cancellation cancel) {
        int n = a.length;
        final int run = 32;
        for (int lo = 0; lo < n; lo += run) insertionSort(a, lo, Math.min(lo + run, n), cmp);
        int[] src = a;
        int[] dst = new int[n];
        int passes = 0;
        int totalPasses = 0;
        for (int w = run; w < n; w *= 2) totalPasses++;
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                if ((lo & 0xFFFF) == 0) cancel.check();
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                merge(src, dst, lo, mid, hi, cmp);
            }
            int[] t = src;
            src = dst;
            dst = t;
            passes++;
            progress.progress((double) passes / totalPasses, "Sorting");
        }
        if (src != a) System.arraycopy(src, 0, a, 0, n);
    }

    private static void insertionSort(int[] a, int lo, int hi, RowComparator cmp) {
        for (int i = lo + 1; i < hi; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= lo && cmp.compare(a[j], v) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void merge(int[] src, int[] dst, int lo, int mid, int hi, RowComparator cmp) {
        int i = lo;
        int j = mid;
        int k = lo;
        if (mid >= hi || cmp.compare(src[mid - 1], src[mid]) <= 0) {
            System.arraycopy(src, lo, dst, lo, hi - lo);
            return;
        }
        while (i < mid && j < hi) dst[k++] = cmp.compare(src[j], src[i]) < 0 ? src[j++] : src[i++];
        while (i < mid) dst[k++] = src[i++];
        while (j < hi) dst[k++] = src[j++];
    }
}
