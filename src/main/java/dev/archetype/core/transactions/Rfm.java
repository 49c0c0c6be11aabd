package dev.archetype.core.transactions;

import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recency, Frequency, Monetary value and Tenure per customer from dated transactions.
 * <ul>
 *   <li>Recency: days from the customer's last purchase to the day after the latest date in the data
 *       (so a purchase on the last day gives 1).</li>
 *   <li>Frequency: distinct invoices (or distinct purchase times without an invoice column).</li>
 *   <li>Monetary: sum of quantity × unit price (or of the amount column).</li>
 *   <li>Tenure: days from the customer's first purchase to that same reference day.</li>
 * </ul>
 * Left out and counted in the {@link RfmReport}, each row under the first reason that applies: lines of
 * cancellation invoices (number starting with 'C'), lines without an amount, lines with a zero or negative
 * quantity or a negative price (stock adjustments), rows without a customer id, rows without a date. A cancellation
 * reverses a purchase that may predate the data, so netting it would push Monetary below zero, and counting it
 * would make a return look like a visit. Thread safety: stateless.
 */
public final class Rfm {
    public static final String RECENCY = "Recency (days)";
    public static final String FREQUENCY = "Frequency (invoices)";
    public static final String MONETARY = "Monetary";
    public static final String TENURE = "Tenure (days)";
    private static final long DAY = 86_400L;

    private Rfm() {
    }

    public static RfmResult derive(Dataset transactions, RfmSpec spec) {
        return derive(transactions, spec, ProgressListener.NONE, Cancellation.NEVER);
    }

    /** @throws IllegalArgumentException when a named column is missing or of the wrong kind, or nothing is left */
    public static RfmResult derive(Dataset transactions, RfmSpec spec, ProgressListener progress, Cancellation cancel) {
        Column customer = transactions.require(spec.customerColumn());
        Column invoice = spec.invoiceColumn() == null ? null : transactions.require(spec.invoiceColumn());
        DateColumn date = dateColumn(transactions, spec.dateColumn());
        NumericColumn amount = numeric(transactions, spec.amountColumn());
        NumericColumn price = spec.priceColumn() == null ? null : numeric(transactions, spec.priceColumn());

        int n = transactions.rowCount();
        Map<String, Integer> customerCode = new HashMap<>();
        List<String> customers = new ArrayList<>();
        Map<String, Integer> invoiceCode = new HashMap<>();
        Set<String> cancelledInvoices = new HashSet<>();
        int[] cust = new int[n];
        long[] visit = new long[n];
        int used = 0, noCustomer = 0, noDate = 0, noAmount = 0, cancelled = 0, nonPositive = 0;
        double[] monetary = new double[16];
        long[] first = new long[16];
        long[] last = new long[16];
        long minDay = Long.MAX_VALUE;
        long maxDay = Long.MIN_VALUE;
        for (int r = 0; r < n; r++) {
            if ((r & 0xFFFF) == 0) {
                cancel.check();
                progress.progress((double) r / n, "Deriving RFM");
            }
            String inv = invoice == null ? null : Keys.of(invoice, r);
            if (inv != null && (inv.charAt(0) == 'C' || inv.charAt(0) == 'c')) {
                cancelled++;
                cancelledInvoices.add(inv);
                continue;
            }
            double q = amount.get(r);
            double p = price == null ? 1 : price.get(r);
            if (Double.isNaN(q) || Double.isNaN(p)) {
                noAmount++;
                continue;
            }
            if (q <= 0 || p < 0) {
                nonPositive++;
                continue;
            }
            String id = Keys.of(customer, r);
            if (id == null) {
                noCustomer++;
                continue;
            }
            if (date.isMissing(r)) {
                noDate++;
                continue;
            }
            Integer code = customerCode.get(id);
            if (code == null) {
                code = customers.size();
                customerCode.put(id, code);
                customers.add(id);
                if (code == monetary.length) {
                    monetary = Arrays.copyOf(monetary, code * 2);
                    first = Arrays.copyOf(first, code * 2);
                    last = Arrays.copyOf(last, code * 2);
                }
                first[code] = Long.MAX_VALUE;
                last[code] = Long.MIN_VALUE;
            }
            long seconds = date.epochSeconds(r);
            long day = Math.floorDiv(seconds, DAY);
            monetary[code] += q * p;
            first[code] = Math.min(first[code], day);
            last[code] = Math.max(last[code], day);
            minDay = Math.min(minDay, day);
            maxDay = Math.max(maxDay, day);
            // A visit is the invoice, or the purchase time when there is no invoice column.
            visit[used] = ((long) code << 32) | (inv == null ? seconds & 0xFFFFFFFFL
                    : invoiceCode.computeIfAbsent(inv, k -> invoiceCode.size()));
            cust[used] = code;
            used++;
        }
        int nc = customers.size();
        if (nc == 0) {
            throw new IllegalArgumentException("No purchase in " + transactions.source() + " has a customer id ('"
                    + spec.customerColumn() + "'), a date and a positive " + spec.describeAmount());
        }
        double[] frequency = new double[nc];
        long[] visits = Arrays.copyOf(visit, used);
        Arrays.sort(visits);
        for (int i = 0; i < used; i++) {
            if (i == 0 || visits[i] != visits[i - 1]) frequency[(int) (visits[i] >>> 32)]++;
        }
        long reference = maxDay + 1;
        double[] recency = new double[nc];
        double[] tenure = new double[nc];
        for (int c = 0; c < nc; c++) {
            recency[c] = reference - last[c];
            tenure[c] = reference - first[c];
        }
        List<Column> columns = List.of(
                new dev.archetype.core.data.TextColumn(spec.customerColumn(), ColumnType.IDENTIFIER, customers.toArray(String[]::new)),
                new NumericColumn(RECENCY, ColumnType.INTEGER, recency),
                new NumericColumn(FREQUENCY, ColumnType.INTEGER, frequency),
                new NumericColumn(MONETARY, ColumnType.NUMERIC, Arrays.copyOf(monetary, nc)),
                new NumericColumn(TENURE, ColumnType.INTEGER, tenure));
        RfmReport report = new RfmReport(n, used, noCustomer, noDate, noAmount, cancelled, cancelledInvoices.size(),
                nonPositive, nc, LocalDate.ofEpochDay(minDay), LocalDate.ofEpochDay(maxDay), LocalDate.ofEpochDay(reference));
        progress.progress(1, "RFM derived");
        return new RfmResult(new Dataset(transactions.source() + " (RFM per " + spec.customerColumn() + ")", columns,
                report.lines()), report);
    }

    private static DateColumn dateColumn(Dataset d, String name) {
        Column c = d.require(name);
        if (c instanceof DateColumn dc) return dc;
        throw new IllegalArgumentException("Column '" + name + "' holds " + c.type().label() + " values, not dates");
    }

    private static NumericColumn numeric(Dataset d, String name) {
        Column c = d.require(name);
        if (c instanceof NumericColumn nc) return nc;
        throw new IllegalArgumentException("Column '" + name + "' holds " + c.type().label() + " values, not numbers");
    }
}
