package dev.archetype.core.transactions;

import java.util.List;

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
 * @param alternatives   other columns that could be the items, with their distinct counts ("Product Category (3)")
 */
public record TransactionGuess(String customerColumn, String itemColumn, String amountColumn, String dateColumn,
                               String invoiceColumn, int customers, int items, List<String> alternatives) {
    public TransactionGuess {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    public TransactionGuess(String customerColumn, String itemColumn, String amountColumn, String dateColumn,
                            String invoiceColumn, int customers, int items) {
        this(customerColumn, itemColumn, amountColumn, dateColumn, invoiceColumn, customers, items, List.of());
    }

    /** The sentence the import dialog shows: "This looks like transactions: Customer Last Name × Offer #". */
    public String message() {
        return "This looks like transactions: " + customerColumn + " × " + itemColumn
                + String.format(" (%,d customers, %,d items)", customers, items)
                + (alternatives.isEmpty() ? "" : "; other item columns: " + String.join(", ", alternatives));
    }

    /** The other item columns' names, without their counts. */
    public List<String> alternativeNames() {
        return alternatives.stream().map(a -> a.replaceFirst("\\s*\\([\\d,]+\\)$", "")).toList();
    }

    /**
     * The sum of a money column (sales, spend) when there is one — read as each customer's mix of spend — else
     * presence (1 = took it); the user can switch to count or another sum.
     */
    public PivotValue suggestedValue() {
        return amountColumn != null && AttributeLift.MONEY.matcher(amountColumn).find()
                ? new PivotValue.Sum(amountColumn) : PivotValue.PRESENCE;
    }
}
