package dev.archetype.core.transactions;

import java.util.ArrayList;
import java.util.List;

/**
 * What the pivot did with the transaction rows, for the import dialog, the CLI and the export's Run sheet.
 * Row numbers are 1-based data rows (the header is not counted).
 *
 * @param transactionRows      rows in the long table
 * @param usedRows             rows that went into the matrix
 * @param customers            distinct customers (matrix rows)
 * @param items                distinct items (matrix columns)
 * @param repeatedRows         rows whose customer × item pair had already appeared
 * @param repeatedExamples     the first few of them, as "Smith × 24 (row 17)"
 * @param missingCustomerRows  rows skipped because the customer id was blank
 * @param missingItemRows      rows skipped because the item was blank (and the customer was not)
 * @param missingValueRows     rows skipped because the summed amount was blank (sum only)
 * @param firstSkippedRows     the first few skipped row numbers, in file order
 * @param value                what the cells hold
 * @param mix                  shares of each customer's total, or raw
 * @param customersWithoutTotal customers whose total is zero or negative (all their shares are 0)
 */
public record PivotReport(int transactionRows, int usedRows, int customers, int items, int repeatedRows,
                          List<String> repeatedExamples, int missingCustomerRows, int missingItemRows,
                          int missingValueRows, List<Integer> firstSkippedRows, PivotValue value, RowMix mix,
                          int customersWithoutTotal) {

    public PivotReport {
        repeatedExamples = List.copyOf(repeatedExamples);
        firstSkippedRows = List.copyOf(firstSkippedRows);
    }

    /** Raw cells. */
    public PivotReport(int transactionRows, int usedRows, int customers, int items, int repeatedRows,
                       List<String> repeatedExamples, int missingCustomerRows, int missingItemRows,
                       int missingValueRows, List<Integer> firstSkippedRows, PivotValue value) {
        this(transactionRows, usedRows, customers, items, repeatedRows, repeatedExamples, missingCustomerRows,
                missingItemRows, missingValueRows, firstSkippedRows, value, RowMix.RAW, 0);
    }

    public int skippedRows() {
        return missingCustomerRows + missingItemRows + missingValueRows;
    }

    /** Short sentences for the user; empty lines are left out. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format("%,d transaction rows → %,d customers × %,d items (%s).", transactionRows, customers,
                items, value.describe()));
        String mixReason = mix.reason(value);
        if (!mixReason.isEmpty()) out.add(mixReason);
        if (customersWithoutTotal > 0) {
            out.add(String.format("%,d customers have no positive total, so all their shares are 0.", customersWithoutTotal));
        }
        if (repeatedRows > 0) {
            String how = value instanceof PivotValue.Presence ? "counted once" : "added up";
            out.add(String.format("%,d rows repeat a customer × item pair already seen (%s), e.g. %s.", repeatedRows,
                    how, String.join(", ", repeatedExamples)));
        }
        if (skippedRows() > 0) {
            List<String> why = new ArrayList<>();
            if (missingCustomerRows > 0) why.add(String.format("%,d without a customer", missingCustomerRows));
            if (missingItemRows > 0) why.add(String.format("%,d without an item", missingItemRows));
            if (missingValueRows > 0) why.add(String.format("%,d without an amount", missingValueRows));
            out.add(String.format("Skipped %,d rows: %s (first at rows %s).", skippedRows(), String.join(", ", why),
                    joinInts(firstSkippedRows)));
        }
        return out;
    }

    private static String joinInts(List<Integer> rows) {
        List<String> s = new ArrayList<>(rows.size());
        for (int r : rows) s.add(Integer.toString(r));
        return String.join(", ", s);
    }
}
