package dev.archetype.ui.shell;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.transactions.RfmResult;
import dev.archetype.core.transactions.TransactionData;
import dev.archetype.core.transactions.TransactionRequest;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Turns a file into a Dataset for the shell: runs the import in the background, shows the import dialog
 * when it is asked for or needed, and reports failures itself. Implemented by the importer package.
 */
public interface DatasetOpener {

    /** How much to ask the user before importing. */
    enum Mode {
        /** Import with detected settings; the dialog only appears when the file needs choices (several sheets, warnings). */
        QUICK,
        /** Always show the import dialog. */
        WITH_OPTIONS
    }

    /**
     * What an import produced.
     *
     * @param dataset      the data to show and cluster
     * @param transactions when the file was pivoted from transactions: the pivot (whose {@code dataset()} is
     *                     {@code dataset}), the joined item attributes and the distance advice; else null
     * @param rfm          when RFM figures were derived from dated invoice lines: them (their {@code dataset()} is
     *                     {@code dataset}) and the cleaning report; else null
     */
    record Opened(Dataset dataset, TransactionData transactions, RfmResult rfm) {
        public Opened {
            java.util.Objects.requireNonNull(dataset, "dataset");
            if (transactions != null && rfm != null) throw new IllegalArgumentException("a pivot or RFM, not both");
        }

        /** A table as read, or pivoted from transactions. */
        public Opened(Dataset dataset, TransactionData transactions) {
            this(dataset, transactions, null);
        }
    }

    /**
     * Starts opening {@code file}. On success {@code onOpened} runs on the FX thread with the new data; on
     * failure or cancel it never runs and the current data stays on screen.
     */
    void open(Path file, Mode mode, Consumer<Dataset> onOpened);

    /**
     * Imports {@code file} with exactly {@code options}, asking nothing (as when a saved project reopens its
     * source). Same callback contract as {@link #open}. The default ignores the options and opens quickly.
     */
    default void importWith(Path file, ImportOptions options, Consumer<Dataset> onOpened) {
        open(file, Mode.QUICK, onOpened);
    }

    /**
     * Imports {@code file} with exactly {@code options} and, when {@code pivot} is not null, pivots its
     * transactions as it says (as when a saved project of pivoted data reopens). The default cannot pivot.
     */
    default void importWith(Path file, ImportOptions options, TransactionRequest pivot, Consumer<Opened> onOpened) {
        if (pivot != null) throw new UnsupportedOperationException("this opener cannot pivot transactions");
        importWith(file, options, data -> onOpened.accept(new Opened(data, null)));
    }

    /**
     * As {@link #importWith(Path, ImportOptions, TransactionRequest, Consumer)}, deriving RFM figures from the
     * file's dated invoice lines when {@code rfm} is true (a saved RFM project reopens). The default cannot.
     */
    default void importWith(Path file, ImportOptions options, TransactionRequest pivot, boolean rfm, Consumer<Opened> onOpened) {
        if (rfm) throw new UnsupportedOperationException("this opener cannot derive RFM figures");
        importWith(file, options, pivot, onOpened);
    }

    /** How {@code data} was pivoted from transactions when this opener delivered it, or null. */
    default TransactionRequest pivotUsedFor(Dataset data) {
        return null;
    }

    /** The import options that produced {@code data} when this opener delivered it, or null when unknown. */
    default ImportOptions optionsUsedFor(Dataset data) {
        return null;
    }

    /** Like {@link #open}, also telling whether the data was pivoted from transactions (default: never). */
    default void openPivotable(Path file, Mode mode, Consumer<Opened> onOpened) {
        open(file, mode, data -> onOpened.accept(new Opened(data, null)));
    }
}
