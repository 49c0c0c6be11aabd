package dev.archetype.ui.importer;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.FileFormat;
import dev.archetype.core.io.ImportException;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.ImportPreview;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Test double: answers previews and reads from functions of the options, and records every call. */
final class FakeImportService implements ImportService {
    final List<ImportOptions> previews = new ArrayList<>();
    final List<ImportOptions> reads = new ArrayList<>();
    Function<ImportOptions, Dataset> data;
    List<String> sheets = List.of();
    List<String> warnings = List.of();
    ImportException failure;
    ImportException readFailure;
    /** Thrown by read as is: an Error such as running out of memory. */
    Error readError;

    FakeImportService(Dataset data) {
        this.data = o -> data;
    }

    @Override
    public ImportPreview preview(Path file, ImportOptions options, int maxRows) throws ImportException {
        previews.add(options);
        if (failure != null) throw failure;
        FileFormat format = sheets.isEmpty() ? FileFormat.CSV : FileFormat.XLSX;
        String sheet = sheets.isEmpty() ? null : options.sheet() == null ? sheets.get(0) : options.sheet();
        return new ImportPreview(data.apply(options), format, sheets, sheet, 0,
                format == FileFormat.CSV ? ',' : null, format == FileFormat.CSV ? StandardCharsets.UTF_8 : null, warnings);
    }

    @Override
    public Dataset read(Path file, ImportOptions options, ProgressListener progress, Cancellation cancel) throws ImportException {
        reads.add(options);
        if (readFailure != null) throw readFailure;
        if (readError != null) throw readError;
        progress.progress(0.5, "half way");
        cancel.check();
        return data.apply(options);
    }
}
