package dev.archetype.cli;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.Importer;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;

import java.nio.file.Files;
import java.nio.file.Path;

/** How the clustering commands read FILE: the importer with default options, on the given sheet. */
final class DatasetReading {
    private DatasetReading() { }

    static Dataset read(Path file, String sheet) throws Exception {
        if (!Files.isRegularFile(file)) throw new java.io.FileNotFoundException("No such file: " + file);
        ImportOptions options = ImportOptions.defaults();
        if (sheet != null) options = options.withSheet(sheet);
        return Importer.read(file, options, ProgressListener.NONE, Cancellation.NEVER);
    }
}
