package dev.archetype.ui.importer;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportException;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.ImportPreview;
import dev.archetype.core.io.Importer;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;

import java.nio.file.Path;

/**
 * The import calls the UI makes, as a seam so ViewModel tests can simulate slow, failing or cancelled
 * imports. {@link #CORE} delegates to {@link Importer}.
 */
public interface ImportService {

    ImportService CORE = new ImportService() {
        @Override
        public ImportPreview preview(Path file, ImportOptions options, int maxRows) throws ImportException {
            return Importer.preview(file, options, maxRows);
        }

        @Override
        public Dataset read(Path file, ImportOptions options, ProgressListener progress, Cancellation cancel)
                throws ImportException {
            return Importer.read(file, options, progress, cancel);
        }
    };

    ImportPreview preview(Path file, ImportOptions options, int maxRows) throws ImportException;

    Dataset read(Path file, ImportOptions options, ProgressListener progress, Cancellation cancel) throws ImportException;
}
