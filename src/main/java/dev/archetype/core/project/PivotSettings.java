package dev.archetype.core.project;

import dev.archetype.core.transactions.PivotValue;
import dev.archetype.core.transactions.RowMix;
import dev.archetype.core.transactions.TransactionRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How a project's source was pivoted from transactions to one row per customer, so reopening it pivots the
 * same way. The attribute table is kept as given: a sheet of the source workbook, or a file path (a file next to
 * the source is found there again when the folder moves).
 *
 * @param customerColumn the customer key column of the transactions
 * @param itemColumn     the item key column
 * @param value          what a cell holds, in {@link PivotValue#parse} form: presence, count or sum:COLUMN
 * @param attributes     the item-attribute sheet or file, or null for none
 * @param attributeKey   its key column, or null for the item column's name
 * @param mix            {@link RowMix#spec()}: share or raw; null for the value's default
 */
public record PivotSettings(String customerColumn, String itemColumn, String value, String attributes, String attributeKey,
                            String mix) {
    public PivotSettings {
        Objects.requireNonNull(customerColumn, "customerColumn");
        Objects.requireNonNull(itemColumn, "itemColumn");
        value = value == null ? PivotValue.PRESENCE.spec() : value;
        // refuse a value the pivot would not understand now rather than on reopening
        mix = (mix == null ? RowMix.defaultFor(PivotValue.parse(value)) : RowMix.parse(mix)).spec();
    }

    public static PivotSettings of(TransactionRequest r) {
        return new PivotSettings(r.customerColumn(), r.itemColumn(), r.value().spec(), r.attributes(), r.attributeKey(), r.mix().spec());
    }

    /**
     * As {@link #of(TransactionRequest)}, with an attribute file kept durably: by name when it sits next to
     * {@code source} (the pivot looks there again, wherever the folder has moved), else by absolute path.
     * A sheet name stays as it is.
     */
    public static PivotSettings of(TransactionRequest r, Path source) {
        String attr = r.attributes();
        if (attr != null && Files.isRegularFile(Path.of(attr))) {
            Path abs = Path.of(attr).toAbsolutePath().normalize();
            Path dir = source.toAbsolutePath().normalize().getParent();
            attr = dir != null && dir.equals(abs.getParent()) ? abs.getFileName().toString() : abs.toString();
        }
        return new PivotSettings(r.customerColumn(), r.itemColumn(), r.value().spec(), attr, r.attributeKey(), r.mix().spec());
    }

    public TransactionRequest toRequest() {
        return new TransactionRequest(customerColumn, itemColumn, PivotValue.parse(value), attributes, attributeKey, RowMix.parse(mix));
    }
}
