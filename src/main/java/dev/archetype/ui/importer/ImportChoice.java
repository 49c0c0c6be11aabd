package dev.archetype.ui.importer;

import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.transactions.TransactionRequest;

import java.util.Objects;

/**
 * What the import dialog returns: how to read the file and, for transactions, how to pivot them.
 *
 * @param options      how to read the file (sheet, header, types, ...)
 * @param transactions pivot the table to one row per customer with these choices, or null to import it as it is
 */
public record ImportChoice(ImportOptions options, TransactionRequest transactions) {
    public ImportChoice {
        Objects.requireNonNull(options, "options");
    }

    /** Import the table as it is. */
    public static ImportChoice plain(ImportOptions options) {
        return new ImportChoice(options, null);
    }
}
