package dev.archetype.core.analysis;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.transactions.RfmResult;
import dev.archetype.core.transactions.TransactionData;
import dev.archetype.core.transactions.TransactionRequest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An opened file as one value: where it came from, how it was read, the table as read, and — when it held
 * purchases — the pivot or the RFM figures derived from it. {@link #dataset()} is the table to cluster.
 *
 * @param path          the file
 * @param importOptions how it was read
 * @param asRead        the table as read (for a pivot whose rows were not kept, the pivoted table)
 * @param pivotRequest  how it was pivoted (customer, item, value, attributes), or null
 * @param pivot         the pivot to one row per customer, or null
 * @param rfm           the RFM figures per customer, or null
 */
public record OpenedData(Path path, ImportOptions importOptions, Dataset asRead, TransactionRequest pivotRequest,
                         TransactionData pivot, RfmResult rfm) {
    public OpenedData {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(importOptions, "importOptions");
        Objects.requireNonNull(asRead, "asRead");
        if (pivot != null && rfm != null) throw new IllegalArgumentException("a pivot or RFM, not both");
        if ((pivot == null) != (pivotRequest == null)) throw new IllegalArgumentException("a pivot needs its request");
    }

    /** A table read as it is (no pivot, no RFM). */
    public static OpenedData table(Path path, ImportOptions options, Dataset data) {
        return new OpenedData(path, options, data, null, null, null);
    }

    /**
     * A file pivoted from transactions; when the request is not known (a pivot handed over on its own) it is
     * rebuilt from the pivot's customer, item and value columns, without attributes.
     */
    public static OpenedData pivoted(Path path, ImportOptions options, TransactionRequest request, TransactionData pivot) {
        TransactionRequest r = request != null ? request : new TransactionRequest(pivot.pivot().customerColumn(),
                pivot.pivot().itemColumn(), pivot.pivot().report().value(), null, null);
        return new OpenedData(path, options, pivot.dataset(), r, pivot, null);
    }

    /** The table to cluster: one row per customer. */
    public Dataset dataset() {
        return pivot != null ? pivot.dataset() : rfm != null ? rfm.dataset() : asRead;
    }

    /** What the pivot or RFM step did, in lines for the user; empty for a plain table. */
    public List<String> notes() {
        List<String> out = new ArrayList<>();
        if (pivot != null) out.addAll(pivot.lines());
        if (rfm != null) out.addAll(rfm.report().lines());
        return out;
    }
}
