package dev.archetype.ui.importer;

import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.transactions.TransactionRequest;

import java.util.Objects;

/**
 * What the import dialog returns: how to read the file and, for transactions, how to pivot them or whether to
 * derive RFM figures from them.
 *
 * @param options      how to read the file (sheet, header, types, ...)
 * @param transactions pivot the table to one row per customer with these choices, or null
 * @param rfm          derive each customer's recency, frequency, monetary value and tenure from dated invoice lines
 */
public record ImportChoice(ImportOptions options, TransactionRequest transactions, boolean rfm) {
    public ImportChoice {
        Objects.requireNonNull(options, "options");
        if (rfm && transactions != null) throw new IllegalArgumentException("a pivot or RFM, not both");
    }

    /** Read the file and, when {@code transactions} is not null, pivot it. */
    public ImportChoice(ImportOptions options, TransactionRequest transactions) {
        this(options, transactions, false);
    }

    /** Import the table as it is. */
    public static ImportChoice plain(ImportOptions options) {
        return new ImportChoice(options, null);
    }
}
