package dev.archetype.core.transactions;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.data.TextColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises long-format transaction data: two repeated key columns, one for customers and one for items,
 * optionally with an amount and a date. A customer table (one row per customer) has no repeated customer key,
 * so it is not mistaken for transactions. Thread safety: stateless.
 */
public final class TransactionDetector {
    private static final Pattern CUSTOMER = words("customer", "client", "member", "user", "buyer", "account",
            "shopper", "household", "cust", "last name", "surname", "name", "person", "contact");
    private static final Pattern ITEM = words("item", "product", "offer", "sku", "stock", "article", "stockcode",
            "goods", "deal", "title", "brand", "service", "plan", "wine", "sku");
    private static final Pattern INVOICE = words("invoice", "invoiceno", "order", "transaction", "receipt", "basket",
            "bill", "ticket", "purchase");
    private static final Pattern KEYISH = Pattern.compile("(?i)(#|\\bid\\b|id$|\\bno\\.?$|code|number|\\bnr\\b|name|key)");
    private static final Pattern AMOUNT = words("quantity", "qty", "amount", "sales", "spend", "spent", "revenue",
            "total", "value", "price", "units", "volume", "sum");
    /** A customer must appear this many times on average for the table to look long. */
    private static final double MIN_REPEATS = 1.5;
    private static final int MIN_UNNAMED_CUSTOMERS = 20;

    private TransactionDetector() {
    }

    /** The best customer × item reading of {@code data}, or empty when it does not look like transactions. */
    public static Optional<TransactionGuess> detect(Dataset data) {
        int n = data.rowCount();
        if (n < 4 || data.columnCount() < 2) return Optional.empty();
        Column bestCustomer = null;
        Column bestItem = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Column c : data.columns()) {
            if (!isRepeatedKey(c, n, 3)) continue;
            for (Column i : data.columns()) {
                if (i == c || !isRepeatedKey(i, n, 2)) continue;
                double customer = customerScore(c);
                // Without a customer-like name, only a column with many distinct values passes for customers
                // (so an item table's "Varietal × Origin" is not taken for purchases).
                if (customer <= 0 && c.distinctCount() < MIN_UNNAMED_CUSTOMERS) continue;
                // Without an item-like name, a handful of values (Country, Region) is an attribute, not what was bought
                if (itemScore(i) <= 0 && i.distinctCount() < MIN_USEFUL_ITEMS) continue;
                double score = customer + itemScore(i) + itemGrain(i, n);
                // Without name hints, customers usually outnumber items.
                if (c.distinctCount() > i.distinctCount()) score += 0.5;
                if (score > best) {
                    best = score;
                    bestCustomer = c;
                    bestItem = i;
                }
            }
        }
        if (bestCustomer == null || best < 1) return Optional.empty();
        return Optional.of(new TransactionGuess(bestCustomer.name(), bestItem.name(), amount(data, bestCustomer, bestItem),
                date(data), invoice(data, bestCustomer, bestItem), bestCustomer.distinctCount(), bestItem.distinctCount(),
                alternatives(data, bestCustomer, bestItem)));
    }

    private static boolean isRepeatedKey(Column c, int rows, int minDistinct) {
        if (c instanceof DateColumn) return false;
        if (c instanceof NumericColumn) {
            boolean idType = c.type() == ColumnType.IDENTIFIER || c.type() == ColumnType.INTEGER;
            if (!idType || !KEYISH.matcher(c.name()).find() || AMOUNT.matcher(c.name()).find()) return false;
        }
        if (!(c instanceof NumericColumn || c instanceof CategoricalColumn || c instanceof TextColumn)) return false;
        int present = rows - c.missingCount();
        int distinct = c.distinctCount();
        return distinct >= minDistinct && present >= MIN_REPEATS * distinct;
    }

    /**
     * Items to cluster on need a useful number of distinct values: three categories make nearly every cell 1, and
     * thousands of product names make a matrix of zeros; a sub-category in between wins among item-like columns.
     */
    private static double itemGrain(Column c, int rows) {
        int d = c.distinctCount();
        if (d < MIN_USEFUL_ITEMS) return -2;
        if (d > MAX_USEFUL_ITEMS || d > 0.5 * (rows - c.missingCount())) return -1;
        return 1;
    }

    static final int MIN_USEFUL_ITEMS = 5;
    static final int MAX_USEFUL_ITEMS = 300;

    /** The other columns that could serve as items, with their distinct counts ("Product Category (3)"). */
    private static List<String> alternatives(Dataset data, Column customer, Column item) {
        List<String> out = new ArrayList<>();
        int n = data.rowCount();
        for (Column c : data.columns()) {
            if (c == customer || c == item || !isRepeatedKey(c, n, 2) || itemScore(c) <= 0) continue;
            out.add(String.format("%s (%,d)", c.name(), c.distinctCount()));
        }
        return out;
    }

    private static double customerScore(Column c) {
        if (INVOICE.matcher(c.name()).find()) return -3;
        double s = CUSTOMER.matcher(c.name()).find() ? 3 : 0;
        if (ITEM.matcher(c.name()).find()) s -= 2;
        return s;
    }

    private static double itemScore(Column c) {
        if (INVOICE.matcher(c.name()).find()) return -3;
        double s = ITEM.matcher(c.name()).find() ? 3 : 0;
        if (CUSTOMER.matcher(c.name()).find()) s -= 2;
        if (KEYISH.matcher(c.name()).find()) s += 0.5;
        return s;
    }

    private static String amount(Dataset data, Column customer, Column item) {
        for (Column c : data.columns()) {
            if (c == customer || c == item || !(c instanceof NumericColumn) || Identifiers.is(c)) continue;
            String name = c.name().toLowerCase(Locale.ROOT);
            if (AMOUNT.matcher(name).find() && !name.contains("price")) return c.name();
        }
        return null;
    }

    private static String date(Dataset data) {
        for (Column c : data.columns()) if (c instanceof DateColumn) return c.name();
        return null;
    }

    private static String invoice(Dataset data, Column customer, Column item) {
        for (Column c : data.columns()) {
            if (c != customer && c != item && !(c instanceof DateColumn) && INVOICE.matcher(c.name()).find()) return c.name();
        }
        return null;
    }

    private static Pattern words(String... words) {
        return Pattern.compile("(?i)(^|[^a-z])(" + String.join("|", words) + ")([^a-z]|id|no|$)");
    }
}
