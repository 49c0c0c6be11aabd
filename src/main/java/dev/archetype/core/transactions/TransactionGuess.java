package dev.archetype.core.transactions;

/**
 * What {@link TransactionDetector} thinks a long table holds. Optional columns are null when not found.
 *
 * @param customerColumn the repeated customer key ("Customer Last Name", "CustomerID")
 * @param itemColumn     the repeated item key ("Offer #", "StockCode")
 * @param amountColumn   a numeric quantity or amount column that could be summed, or null
 * @param dateColumn     a date column (for RFM), or null
 * @param invoiceColumn  an invoice / order id column (for RFM frequency), or null
 * @param customers      distinct customers
 * @param items          distinct items
 */
public record TransactionGuess(String customerColumn, String itemColumn, String amountColumn, String dateColumn,
                               String invoiceColumn, int customers, int items) {

    /** The sentence the import dialog shows: "This looks like transactions: Customer Last Name × Offer #". */
    public String message() {
        return "This looks like transactions: " + customerColumn + " × " + itemColumn
                + String.format(" (%,d customers, %,d items)", customers, items);
    }

    /** Presence (1 = took it) is the usual start; the user can switch to count or a sum of the amount column. */
    public PivotValue suggestedValue() {
        return PivotValue.PRESENCE;
    }
}
