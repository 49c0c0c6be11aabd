package dev.archetype.bench;

import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.data.TextColumn;
import dev.archetype.core.transactions.PivotValue;
import dev.archetype.core.transactions.TransactionPivot;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Pivot of 500k transaction rows (5,000 customers × 300 items), against a straightforward baseline in the same
 * run: nested HashMaps of boxed Doubles keyed by the cell text. Reports CPU time and allocated bytes as ratios.
 * Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.archetype.bench.TransactionPivotBench}.
 */
public final class TransactionPivotBench {
    private static final int ROWS = 500_000;
    private static final int CUSTOMERS = 5_000;
    private static final int ITEMS = 300;

    public static void main(String[] args) {
        Dataset data = transactions();
        long[] ours = null;
        long[] base = null;
        for (int round = 0; round < 5; round++) {
            ours = measure(() -> TransactionPivot.pivot(data, "Customer", "Item", PivotValue.COUNT));
            base = measure(() -> baseline(data));
        }
        System.out.printf("pivot of %,d rows → %,d × %,d%n", ROWS, CUSTOMERS, ITEMS);
        System.out.printf("TransactionPivot: %,d ms CPU, %,d MB allocated%n", ours[0] / 1_000_000, ours[1] >> 20);
        System.out.printf("baseline (boxed maps): %,d ms CPU, %,d MB allocated%n", base[0] / 1_000_000, base[1] >> 20);
        System.out.printf("ratio ours/baseline: CPU %.2f, allocation %.2f%n", (double) ours[0] / base[0], (double) ours[1] / base[1]);
    }

    private static long[] measure(Runnable r) {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long cpu0 = bean.getCurrentThreadCpuTime();
        long mem0 = bean.getThreadAllocatedBytes(id);
        r.run();
        return new long[] {bean.getCurrentThreadCpuTime() - cpu0, bean.getThreadAllocatedBytes(id) - mem0};
    }

    private static Dataset transactions() {
        SplittableRandom rnd = new SplittableRandom(7);
        String[] customers = new String[ROWS];
        double[] items = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            customers[i] = "C" + (10_000 + rnd.nextInt(CUSTOMERS));
            // Skewed popularity, as in real baskets.
            items[i] = 1 + (int) (ITEMS * Math.pow(rnd.nextDouble(), 2));
        }
        List<Column> cols = List.of(new TextColumn("Customer", ColumnType.TEXT, customers),
                new NumericColumn("Item", ColumnType.INTEGER, items));
        return new Dataset("bench", cols, List.of());
    }

    /** The obvious pivot: customer → (item → count) with boxed values, then columns. */
    private static Dataset baseline(Dataset data) {
        Column cust = data.column(0);
        Column item = data.column(1);
        Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
        TreeSet<Double> itemKeys = new TreeSet<>();
        for (int r = 0; r < data.rowCount(); r++) {
            double it = ((NumericColumn) item).get(r);
            itemKeys.add(it);
            cells.computeIfAbsent(cust.format(r), k -> new HashMap<>()).merge(item.format(r), 1.0, Double::sum);
        }
        List<Column> out = new ArrayList<>();
        out.add(new TextColumn("Customer", ColumnType.IDENTIFIER, cells.keySet().toArray(String[]::new)));
        for (double it : itemKeys) {
            String key = Long.toString((long) it);
            double[] v = new double[cells.size()];
            int i = 0;
            for (Map<String, Double> row : cells.values()) v[i++] = row.getOrDefault(key, 0.0);
            out.add(new NumericColumn("Item " + key, ColumnType.INTEGER, v));
        }
        return new Dataset("baseline", out, List.of());
    }

    private TransactionPivotBench() {
    }
}
