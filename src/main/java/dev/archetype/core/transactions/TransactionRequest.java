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
 */
public record TransactionRequest(String customerColumn, String itemColumn, PivotValue value, String attributes,
                                 String attributeKey) {
    public TransactionRequest {
        Objects.requireNonNull(customerColumn, "customerColumn");
        Objects.requireNonNull(itemColumn, "itemColumn");
        Objects.requireNonNull(value, "value");
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
        if (parts.size() != 2 || parts.get(0).isEmpty() || parts.get(1).isEmpty()) {
            throw new IllegalArgumentException("--transactions needs two column names, customer then item, as in "
                    + "\"Customer Last Name\",\"Offer #\" (got '" + text + "')");
        }
        return parts;
    }
}
