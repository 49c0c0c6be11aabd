package dev.archetype.core.transactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the user asked for: pivot these transactions, optionally joining item attributes.
 *
 * @param customerColumn the customer key column
 * @param itemColumn     the item key column
 * @param value          what a cell holds
 * @param attributes     a sheet of the same workbook or the path of another file, or null for none
 * @param attributeKey   the key column of the attribute table, or null to use the item column's name
 * @param mix            shares of each customer's total or raw cells (count and sum pivots)
 */
public record TransactionRequest(String customerColumn, String itemColumn, PivotValue value, String attributes,
                                 String attributeKey, RowMix mix) {
    public TransactionRequest {
        Objects.requireNonNull(customerColumn, "customerColumn");
        Objects.requireNonNull(itemColumn, "itemColumn");
        Objects.requireNonNull(value, "value");
        mix = mix == null ? RowMix.defaultFor(value) : mix;
    }

    /** With the default mix for the value: shares of the customer's total for counts and sums. */
    public TransactionRequest(String customerColumn, String itemColumn, PivotValue value, String attributes, String attributeKey) {
        this(customerColumn, itemColumn, value, attributes, attributeKey, null);
    }

    /** The same request with another mix. */
    public TransactionRequest withMix(RowMix m) {
        return new TransactionRequest(customerColumn, itemColumn, value, attributes, attributeKey, m);
    }

    /** The attribute source as a list of columns of the transactions table ("Product Category,Segment"). */
    public List<String> attributeColumns() {
        if (attributes == null || attributes.isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        for (String s : names(attributes)) if (!s.isEmpty()) out.add(s);
        return out;
    }

    /** The key column used in the attribute table. */
    public String effectiveAttributeKey() {
        return attributeKey == null || attributeKey.isBlank() ? itemColumn : attributeKey;
    }

    /**
     * Splits "CUSTOMER,ITEM" on the comma outside double quotes, so {@code "Customer Last Name","Offer #"} and
     * {@code Customer Last Name,Offer #} both give the two names.
     *
     * @throws IllegalArgumentException unless there are exactly two non-blank names
     */
    public static List<String> parsePair(String text) {
        List<String> parts = names(text);
        if (parts.size() != 2 || parts.get(0).isEmpty() || parts.get(1).isEmpty()) {
            throw new IllegalArgumentException("--transactions needs two column names, customer then item, as in "
                    + "\"Customer Last Name\",\"Offer #\" (got '" + text + "')");
        }
        return parts;
    }

    /** Names split on the commas outside double quotes, quotes removed, each stripped. */
    static List<String> names(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') quoted = !quoted;
            else if (ch == ',' && !quoted) {
                parts.add(cur.toString().strip());
                cur.setLength(0);
            } else cur.append(ch);
        }
        parts.add(cur.toString().strip());
        return parts;
    }
}
