package dev.archetype.core.transactions;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;

import java.util.List;

/**
 * A customer × item matrix made from transactions.
 *
 * @param wide          one row per customer: column 0 is the customer key, then one numeric column per item
 * @param customerColumn name of the customer key column (column 0 of {@code wide})
 * @param itemColumn    name of the item column in the long table ("Offer #")
 * @param items         item keys in column order: item {@code i} is column {@code i + 1} of {@code wide}
 * @param report        duplicates and skipped rows
 * @param totalColumn   for a pivot of shares, the last column of {@code wide}: each customer's total; null for raw cells
 */
public record PivotResult(Dataset wide, String customerColumn, String itemColumn, List<String> items,
                          PivotReport report, String totalColumn) {
    public PivotResult {
        items = List.copyOf(items);
        int expected = items.size() + 1 + (totalColumn == null ? 0 : 1);
        if (wide.columnCount() != expected) {
            throw new IllegalArgumentException(wide.columnCount() + " columns for " + items.size() + " items");
        }
    }

    /** Raw cells, no total column. */
    public PivotResult(Dataset wide, String customerColumn, String itemColumn, List<String> items, PivotReport report) {
        this(wide, customerColumn, itemColumn, items, report, null);
    }

    /** Whether each cell is the customer's share of their total. */
    public boolean isShares() {
        return totalColumn != null;
    }

    /**
     * What customer {@code row} bought of item {@code item} in the pivot's own unit (1, a count or an amount),
     * also for a pivot of shares: share × total. The attribute roll-up weighs purchases by it, so "62% of their
     * spend" means spend, not an average of customers' percentages.
     */
    public double amount(int item, int row) {
        double cell = itemColumn(item).get(row);
        return totalColumn == null ? cell : cell * ((NumericColumn) wide.column(wide.columnCount() - 1)).get(row);
    }

    public int customerCount() {
        return wide.rowCount();
    }

    public int itemCount() {
        return items.size();
    }

    /** The customer key of matrix row {@code row}. */
    public String customer(int row) {
        return wide.column(0).format(row);
    }

    /** The matrix column of item {@code item}. */
    public NumericColumn itemColumn(int item) {
        return (NumericColumn) wide.column(item + 1);
    }

    /** The item feature names in column order ("Offer 1", ...), as the clustering features. */
    public List<String> featureNames() {
        return wide.columnNames().subList(1, items.size() + 1);
    }
}
