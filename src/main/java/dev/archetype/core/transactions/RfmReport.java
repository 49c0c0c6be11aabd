package dev.archetype.core.transactions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@link Rfm} treated the rows.
 *
 * @param rows                  transaction rows read
 * @param usedRows              purchase lines that went into the figures
 * @param missingCustomerRows   skipped: no customer id (cannot be attributed to anyone)
 * @param missingDateRows       skipped: no date
 * @param missingAmountRows     skipped: no quantity, price or amount
 * @param cancelledRows         skipped: lines of cancellation invoices (invoice number starting with C)
 * @param cancelledInvoices     distinct cancellation invoices among them
 * @param nonPositiveRows       skipped: zero or negative quantity (or negative price) on an ordinary invoice
 *                              (stock adjustments, damages, returns without a cancellation invoice)
 * @param customers             customers with at least one purchase line
 * @param firstDate             earliest purchase date used
 * @param lastDate              latest purchase date used
 * @param referenceDate         the day after {@code lastDate}; Recency and Tenure count days to it
 */
public record RfmReport(int rows, int usedRows, int missingCustomerRows, int missingDateRows, int missingAmountRows,
                        int cancelledRows, int cancelledInvoices, int nonPositiveRows, int customers,
                        LocalDate firstDate, LocalDate lastDate, LocalDate referenceDate) {

    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format("%,d transaction rows → %,d customers from %,d purchase lines, %s to %s; "
                + "Recency and Tenure in days up to %s.", rows, customers, usedRows, firstDate, lastDate, referenceDate));
        if (missingCustomerRows > 0) out.add(String.format("Skipped %,d rows without a customer id.", missingCustomerRows));
        if (cancelledRows > 0) {
            out.add(String.format("Left out %,d lines of %,d cancellation invoices (C…): they undo earlier purchases, "
                    + "often from before the data starts.", cancelledRows, cancelledInvoices));
        }
        if (nonPositiveRows > 0) {
            out.add(String.format("Skipped %,d lines with a zero or negative quantity or a negative price on ordinary "
                    + "invoices (stock adjustments).", nonPositiveRows));
        }
        if (missingDateRows > 0) out.add(String.format("Skipped %,d rows without a date.", missingDateRows));
        if (missingAmountRows > 0) out.add(String.format("Skipped %,d rows without an amount.", missingAmountRows));
        return out;
    }
}
