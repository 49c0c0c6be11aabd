package dev.archetype.core.transactions;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.data.TextColumn;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns long transactions (one row per customer × item) into a wide customer × item matrix.
 * Customers keep the order in which they first appear; items sort numerically when they are all numbers
 * ("Offer 1 .. 32"), otherwise in natural order. Works in two passes over int codes, so 500k rows cost a few
 * megabytes besides the result itself. Thread safety: stateless.
 */
public final class TransactionPivot {
    /** The widest matrix we build (8 bytes a cell): beyond this the items are too fine-grained to cluster on. */
    public static final long MAX_CELLS = 25_000_000L;
    private static final int EXAMPLES = 5;

    private TransactionPivot() {
    }

    public static PivotResult pivot(Dataset transactions, String customerColumn, String itemColumn, PivotValue value) {
        return pivot(transactions, customerColumn, itemColumn, value, ProgressListener.NONE, Cancellation.NEVER);
    }

    /**
     * @throws IllegalArgumentException when a column is missing, the amount column is not numeric, the two key
     *                                  columns are the same, no row has both keys, or the matrix would be too wide
     */
    public static PivotResult pivot(Dataset transactions, String customerColumn, String itemColumn, PivotValue value,
                                    ProgressListener progress, Cancellation cancel) {
        return pivot(transactions, customerColumn, itemColumn, value, RowMix.RAW, progress, cancel);
    }

    /**
     * As above; with {@link RowMix#SHARE} (counts and sums) each cell becomes the customer's share of their total
     * (negative amounts, returns, count as 0) and the total is added as the last column.
     */
    public static PivotResult pivot(Dataset transactions, String customerColumn, String itemColumn, PivotValue value,
                                    RowMix mix, ProgressListener progress, Cancellation cancel) {
        if (customerColumn.equals(itemColumn)) {
            throw new IllegalArgumentException("The customer and item columns must differ (both are '" + itemColumn + "')");
        }
        Column customers = transactions.require(customerColumn);
        Column items = transactions.require(itemColumn);
        NumericColumn amount = amountColumn(transactions, value);
        int n = transactions.rowCount();

        KeyCoder customerCodes = new KeyCoder(customers);
        KeyCoder itemCodes = new KeyCoder(items);
        int[] cust = new int[n];
        int[] item = new int[n];
        int missingCustomer = 0;
        int missingItem = 0;
        int missingValue = 0;
        List<Integer> firstSkipped = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if ((r & 0xFFFF) == 0) {
                cancel.check();
                progress.progress(0.5 * r / n, "Reading transactions");
            }
            int c = customerCodes.code(r);
            int i = c < 0 ? -1 : itemCodes.code(r);
            boolean noValue = amount != null && c >= 0 && i >= 0 && amount.isMissing(r);
            if (c < 0 || i < 0 || noValue) {
                if (c < 0) missingCustomer++;
                else if (i < 0) missingItem++;
                else missingValue++;
                if (firstSkipped.size() < EXAMPLES) firstSkipped.add(r + 1);
                cust[r] = -1;
                continue;
            }
            cust[r] = c;
            item[r] = i;
        }
        int nc = customerCodes.size();
        int ni = itemCodes.size();
        if (nc == 0 || ni == 0) {
            throw new IllegalArgumentException("No row of " + transactions.source() + " has both a '" + customerColumn
                    + "' and an '" + itemColumn + "'");
        }
        if ((long) nc * ni > MAX_CELLS) {
            throw new IllegalArgumentException(String.format("%,d customers × %,d items is too wide to pivot "
                    + "(more than %,d cells); choose a coarser item column", nc, ni, MAX_CELLS));
        }

        List<String> itemKeys = itemCodes.keys();
        Integer[] order = new Integer[ni];
        for (int i = 0; i < ni; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Keys.NATURAL.compare(itemKeys.get(a), itemKeys.get(b)));
        int[] columnOf = new int[ni];
        List<String> sortedItems = new ArrayList<>(ni);
        for (int pos = 0; pos < ni; pos++) {
            columnOf[order[pos]] = pos;
            sortedItems.add(itemKeys.get(order[pos]));
        }

        double[][] cells = new double[ni][nc];
        BitSet seen = new BitSet();
        int used = 0;
        int repeated = 0;
        List<String> repeatedExamples = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if ((r & 0xFFFF) == 0) {
                cancel.check();
                progress.progress(0.5 + 0.5 * r / n, "Pivoting");
            }
            int c = cust[r];
            if (c < 0) continue;
            int col = columnOf[item[r]];
            used++;
            int bit = c * ni + col;
            if (seen.get(bit)) {
                repeated++;
                if (repeatedExamples.size() < EXAMPLES) {
                    repeatedExamples.add(customerCodes.keys().get(c) + " × " + itemKeys.get(item[r]) + " (row " + (r + 1) + ")");
                }
            }
            seen.set(bit);
            double[] column = cells[col];
            if (value instanceof PivotValue.Presence) column[c] = 1;
            else if (value instanceof PivotValue.Count) column[c] += 1;
            else column[c] += amount.get(r);
        }

        List<Column> columns = new ArrayList<>(ni + 2);
        columns.add(new TextColumn(customerColumn, ColumnType.IDENTIFIER, customerCodes.keys().toArray(String[]::new)));
        ColumnType type = value instanceof PivotValue.Presence ? ColumnType.BOOLEAN
                : value instanceof PivotValue.Count ? ColumnType.INTEGER : ColumnType.NUMERIC;
        List<String> names = itemNames(itemColumn, sortedItems, customerColumn);
        boolean shares = mix.appliesTo(value);
        double[] totals = shares ? toShares(cells, nc) : null;
        for (int pos = 0; pos < ni; pos++) {
            columns.add(shares ? NumericColumn.proportion(names.get(pos), cells[pos]) : new NumericColumn(names.get(pos), type, cells[pos]));
        }
        String totalName = null;
        if (shares) {
            totalName = uniqueName("Total " + RowMix.what(value), names, customerColumn);
            columns.add(new NumericColumn(totalName, type, totals));
        }
        progress.progress(1, "Pivoted");

        int noTotal = 0;
        if (shares) for (double t : totals) if (!(t > 0)) noTotal++;
        PivotReport report = new PivotReport(n, used, nc, ni, repeated, repeatedExamples, missingCustomer, missingItem,
                missingValue, firstSkipped, value, shares ? RowMix.SHARE : RowMix.RAW, noTotal);
        Dataset wide = new Dataset(transactions.source() + " (pivoted: " + customerColumn + " × " + itemColumn + ")",
                columns, report.lines());
        return new PivotResult(wide, customerColumn, itemColumn, sortedItems, report, totalName);
    }

    /** Turns each customer's cells into shares of their positive total, in place; returns the totals. */
    private static double[] toShares(double[][] cells, int customers) {
        double[] totals = new double[customers];
        for (double[] column : cells) for (int c = 0; c < customers; c++) if (column[c] > 0) totals[c] += column[c];
        for (double[] column : cells) {
            for (int c = 0; c < customers; c++) column[c] = totals[c] > 0 && column[c] > 0 ? column[c] / totals[c] : 0;
        }
        return totals;
    }

    private static String uniqueName(String base, List<String> taken, String reserved) {
        Set<String> used = new HashSet<>(taken);
        used.add(reserved);
        String name = base;
        for (int k = 2; used.contains(name); k++) name = base + " (" + k + ")";
        return name;
    }

    private static NumericColumn amountColumn(Dataset transactions, PivotValue value) {
        if (!(value instanceof PivotValue.Sum sum)) return null;
        Column c = transactions.require(sum.column());
        var id = Identifiers.reason(c);
        if (id.isPresent()) {
            throw new IllegalArgumentException("'" + sum.column() + "' is an identifier, not an amount (" + id.get()
                    + "): summing it means nothing; sum a quantity or a sales column, or use count");
        }
        if (c instanceof NumericColumn nc) return nc;
        throw new IllegalArgumentException("Column '" + sum.column() + "' holds " + c.type().label()
                + " values, not numbers, so it cannot be summed");
    }

    /**
     * Column names for the items: numbered items get the item column's noun ("Offer #" → "Offer 1"), other
     * items are named by themselves; clashes get a suffix.
     */
    static List<String> itemNames(String itemColumn, List<String> items, String reserved) {
        boolean numbered = Keys.allNumeric(items);
        String noun = itemColumn.replaceAll("(?i)[\\s_.:-]*(#|no\\.?|nr\\.?|number|num|id|code)\\s*$", "").strip();
        if (noun.isEmpty()) noun = "Item";
        Set<String> taken = new HashSet<>();
        taken.add(reserved);
        List<String> names = new ArrayList<>(items.size());
        for (String item : items) {
            String base = numbered ? noun + " " + item : item;
            String name = base;
            for (int k = 2; !taken.add(name); k++) name = base + " (" + k + ")";
            names.add(name);
        }
        return names;
    }

    /** Assigns dense codes to the distinct keys of one column, in first-appearance order. */
    private static final class KeyCoder {
        private final Column column;
        private final Map<String, Integer> codes = new HashMap<>();
        private final List<String> keys = new ArrayList<>();
        private final int[] levelCodes;

        KeyCoder(Column column) {
            this.column = column;
            if (column instanceof CategoricalColumn cat) {
                levelCodes = new int[cat.levels().size()];
                Arrays.fill(levelCodes, Integer.MIN_VALUE);
            } else {
                levelCodes = null;
            }
        }

        /** The key's code, or -1 when the cell is blank. */
        int code(int row) {
            if (levelCodes != null) {
                int level = ((CategoricalColumn) column).code(row);
                if (level == CategoricalColumn.MISSING) return -1;
                int known = levelCodes[level];
                if (known == Integer.MIN_VALUE) {
                    known = intern(Keys.of(column, row));
                    levelCodes[level] = known;
                }
                return known;
            }
            return intern(Keys.of(column, row));
        }

        private int intern(String key) {
            if (key == null) return -1;
            Integer code = codes.get(key);
            if (code == null) {
                code = keys.size();
                codes.put(key, code);
                keys.add(key);
            }
            return code;
        }

        int size() {
            return keys.size();
        }

        List<String> keys() {
            return keys;
        }
    }
}
