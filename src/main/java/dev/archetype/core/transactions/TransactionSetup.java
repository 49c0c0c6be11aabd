package dev.archetype.core.transactions;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportException;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.Importer;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole transactions step for the CLI and the window: pivot a long table read from {@code file}, then read
 * and join the attribute table, which is another sheet of the same workbook or another file.
 */
public final class TransactionSetup {
    private TransactionSetup() {
    }

    /**
     * @param transactions the long table, already read from {@code file}
     * @param file         where it came from (to find a sibling sheet or a relative attribute file)
     * @throws ImportException          when the attribute table cannot be read
     * @throws IllegalArgumentException when a column is missing or the attribute source is neither a sheet nor a file
     */
    public static TransactionData prepare(Dataset transactions, Path file, TransactionRequest request,
                                          ProgressListener progress, Cancellation cancel) throws ImportException {
        PivotResult pivot = TransactionPivot.pivot(transactions, request.customerColumn(), request.itemColumn(),
                request.value(), request.mix(), progress, cancel);
        ItemAttributes attributes = null;
        List<String> sameSheet = request.attributeColumns();
        if (!sameSheet.isEmpty() && sameSheet.stream().allMatch(c -> transactions.column(c).isPresent())) {
            // columns of the transactions sheet itself (Product Category beside Product Sub-Category)
            Dataset table = SheetAttributes.table(transactions, request.customerColumn(), request.itemColumn(), sameSheet);
            attributes = ItemAttributes.join(pivot, table, request.itemColumn()).withNotes(table.warnings());
        } else if (request.attributes() != null && !request.attributes().isBlank()) {
            Dataset table = readAttributes(file, request.attributes(), cancel);
            if (table.column(request.effectiveAttributeKey()).isEmpty()) {
                throw new IllegalArgumentException("The attribute table " + table.source() + " has no column '"
                        + request.effectiveAttributeKey() + "' to match items on; use --attribute-key with one of "
                        + table.columnNames());
            }
            attributes = ItemAttributes.join(pivot, table, request.effectiveAttributeKey());
        }
        DistanceAdvice advice = pivot.isShares() ? DistanceAdvice.forShares() : DistanceAdvice.forColumns(pivot.wide(), pivot.featureNames());
        return new TransactionData(pivot, attributes, advice);
    }

    /** A sheet of {@code file} when one has that name (ignoring case), else a file path (as given, or next to {@code file}). */
    static Dataset readAttributes(Path file, String source, Cancellation cancel) throws ImportException {
        List<String> sheets = Importer.sheetNames(file);
        for (String sheet : sheets) {
            if (sheet.equalsIgnoreCase(source.strip())) {
                return Importer.read(file, ImportOptions.defaults().withSheet(sheet), ProgressListener.NONE, cancel);
            }
        }
        Path other = Path.of(source);
        if (!Files.exists(other) && !other.isAbsolute() && file.toAbsolutePath().getParent() != null) {
            Path sibling = file.toAbsolutePath().getParent().resolve(source);
            if (Files.exists(sibling)) other = sibling;
        }
        if (!Files.exists(other)) {
            throw new IllegalArgumentException("Attributes '" + source + "' is neither a column of the transactions, a sheet of " + file.getFileName()
                    + (sheets.isEmpty() ? "" : " (sheets: " + String.join(", ", sheets) + ")") + " nor a file");
        }
        return Importer.read(other, ImportOptions.defaults(), ProgressListener.NONE, cancel);
    }
}
