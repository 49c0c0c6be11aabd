package dev.archetype.core.transactions;

import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.NumericColumn;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which columns of dated transactions feed {@link Rfm}.
 *
 * @param customerColumn customer id; rows without one are skipped
 * @param invoiceColumn  invoice / order id (Frequency counts distinct invoices; a leading 'C' marks a
 *                       cancellation), or null to count distinct purchase times instead
 * @param dateColumn     purchase date or date-time
 * @param amountColumn   the quantity, or the amount itself when {@code priceColumn} is null
 * @param priceColumn    unit price multiplied by {@code amountColumn}, or null
 */
public record RfmSpec(String customerColumn, String invoiceColumn, String dateColumn, String amountColumn,
                      String priceColumn) {
    private static final Pattern CUSTOMER = Pattern.compile("(?i)(customer|client|member|account|buyer|shopper)");
    private static final Pattern INVOICE = Pattern.compile("(?i)(invoice|order|receipt|transaction|basket|ticket)");
    private static final Pattern QUANTITY = Pattern.compile("(?i)(quantity|qty|units|count)");
    private static final Pattern PRICE = Pattern.compile("(?i)(unit ?price|price)");
    private static final Pattern AMOUNT = Pattern.compile("(?i)(amount|sales|revenue|spend|spent|total|value)");

    public RfmSpec {
        Objects.requireNonNull(customerColumn, "customerColumn");
        Objects.requireNonNull(dateColumn, "dateColumn");
        Objects.requireNonNull(amountColumn, "amountColumn");
    }

    /**
     * Guesses the columns by type and name (CustomerID, InvoiceNo, InvoiceDate, Quantity × UnitPrice), or empty
     * when there is no date, customer or amount column.
     */
    public static Optional<RfmSpec> detect(Dataset data) {
        String date = null, customer = null, invoice = null, quantity = null, price = null, amount = null;
        for (Column c : data.columns()) {
            String n = c.name();
            if (c instanceof DateColumn) {
                if (date == null) date = n;
            } else if (customer == null && CUSTOMER.matcher(n).find()) {
                customer = n;
            } else if (invoice == null && INVOICE.matcher(n).find()) {
                invoice = n;
            } else if (c instanceof NumericColumn) {
                if (price == null && PRICE.matcher(n).find()) price = n;
                else if (quantity == null && QUANTITY.matcher(n).find()) quantity = n;
                else if (amount == null && AMOUNT.matcher(n).find()) amount = n;
            }
        }
        if (date == null || customer == null) return Optional.empty();
        if (quantity != null && price != null) return Optional.of(new RfmSpec(customer, invoice, date, quantity, price));
        if (amount != null) return Optional.of(new RfmSpec(customer, invoice, date, amount, null));
        return Optional.empty();
    }

    /**
     * As {@link #detect}, but only for lines of purchases: some customer id must occur on more than one row. A table
     * of customers (one row each) with a "Since" date and a "Spend" column has the columns but not the lines, and
     * offering RFM for it would only get in the way.
     */
    public static Optional<RfmSpec> detectLines(Dataset data) {
        Optional<RfmSpec> spec = detect(data);
        if (spec.isEmpty()) return spec;
        Column customer = data.require(spec.get().customerColumn());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int r = 0; r < data.rowCount(); r++) {
            String id = Keys.of(customer, r);
            if (id != null && !seen.add(id)) return spec;
        }
        return Optional.empty();
    }

    /** "Quantity × UnitPrice" or the amount column. */
    public String describeAmount() {
        return priceColumn == null ? amountColumn : amountColumn + " × " + priceColumn;
    }
}
