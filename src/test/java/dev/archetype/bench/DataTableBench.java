package dev.archetype.bench;

import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import dev.archetype.ui.data.RowIndexList;
import dev.archetype.ui.data.RowSorter;
import dev.archetype.ui.data.SortKey;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The data table's costs on 1,000,000 rows, as ratios against the obvious alternative measured in the same
 * run: heap retained by the items list (index list vs an ObservableList of boxed Integers) and the time
 * to sort by a numeric column (primitive merge sort vs {@code Arrays.sort} on boxed indices).
 * Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.archetype.bench.DataTableBench}
 */
public final class DataTableBench {
    private static final int N = 1_000_000;

    public static void main(String[] args) {
        long indexBytes = retained(() -> {
            RowIndexList rows = new RowIndexList();
            rows.reset(N);
            return rows;
        });
        long boxedBytes = retained(() -> {
            ObservableList<Integer> rows = FXCollections.observableArrayList();
            Integer[] all = new Integer[N];
            for (int i = 0; i < N; i++) all[i] = i;
            rows.setAll(all);
            return rows;
        });
        System.out.printf("items list heap: index list %,d B, boxed list %,d B (boxed / index = %.0f×)%n",
                indexBytes, boxedBytes, boxedBytes / (double) Math.max(1, indexBytes));

        Random random = new Random(7);
        double[] v = new double[N];
        for (int i = 0; i < N; i++) v[i] = random.nextDouble() * 1e5;
        Dataset data = new Dataset("bench", List.of(new NumericColumn("v", ColumnType.NUMERIC, v)), List.of());
        List<SortKey> keys = List.of(new SortKey(0, true));
        long best = Long.MAX_VALUE;
        long bestBoxed = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            int[] order = RowSorter.sortedOrder(data, keys, ProgressListener.NONE, Cancellation.NEVER);
            long t1 = System.nanoTime();
            Integer[] boxed = new Integer[N];
            for (int i = 0; i < N; i++) boxed[i] = i;
            Arrays.sort(boxed, (a, b) -> Double.compare(v[a], v[b]));
            long t2 = System.nanoTime();
            if (order[0] != boxed[0]) throw new AssertionError("orders differ");
            best = Math.min(best, t1 - t0);
            bestBoxed = Math.min(bestBoxed, t2 - t1);
        }
        System.out.printf("sort 1M rows: primitive merge sort %.0f ms, boxed Arrays.sort %.0f ms (ratio %.2f)%n",
                best / 1e6, bestBoxed / 1e6, best / (double) bestBoxed);
    }

    private static long retained(java.util.function.Supplier<Object> make) {
        gc();
        long before = used();
        Object keep = make.get();
        gc();
        long after = used();
        if (keep.hashCode() == 42) System.out.print("");
        return Math.max(0, after - before);
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) System.gc();
    }
}
