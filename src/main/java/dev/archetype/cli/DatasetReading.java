package dev.archetype.cli;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;

import java.nio.file.Files;
import java.nio.file.Path;

/** How the clustering commands read FILE: through the importer. Tests swap the loader for their own reader. */
final class DatasetReading {
    @FunctionalInterface
    interface Loader {
        Dataset load(Path file, String sheet) throws Exception;
    }

    static volatile Loader loader = DatasetReading::viaImporter;

    private DatasetReading() { }

    static Dataset read(Path file, String sheet) throws Exception {
        if (!Files.isRegularFile(file)) throw new java.io.FileNotFoundException("No such file: " + file);
        return loader.load(file, sheet);
    }

    /**
     * Bridge to {@code core.io.Importer.read(Path, ImportOptions, ProgressListener, Cancellation)}, which lands
     * from the import work on its own branch; looked up by name so this branch compiles before it arrives.
     */
    private static Dataset viaImporter(Path file, String sheet) throws Exception {
        Class<?> importer;
        Class<?> options;
        try {
            importer = Class.forName("dev.archetype.core.io.Importer");
            options = Class.forName("dev.archetype.core.io.ImportOptions");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("This build cannot read files yet: the importer is missing");
        }
        Object opts = options.getMethod("defaults").invoke(null);
        if (sheet != null) opts = options.getMethod("withSheet", String.class).invoke(opts, sheet);
        try {
            return (Dataset) importer.getMethod("read", Path.class, options, ProgressListener.class, Cancellation.class)
                    .invoke(null, file, opts, ProgressListener.NONE, Cancellation.NEVER);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof Exception ex) throw ex;
            throw e;
        }
    }
}
