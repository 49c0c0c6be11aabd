package dev.archetype.core.io;

import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;

import java.nio.file.Path;

/** Helpers for reading the committed fixtures. */
final class Fixtures {
    private Fixtures() { }

    static Path path(String name) {
        return Path.of("src", "test", "resources", "fixtures", name);
    }

    static Dataset read(String name) throws ImportException {
        return Importer.read(path(name), ImportOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER);
    }

    static Dataset read(String name, ImportOptions options) throws ImportException {
        return Importer.read(path(name), options, ProgressListener.NONE, Cancellation.NEVER);
    }

    static double[] numbers(Dataset ds, String column) {
        Column c = ds.require(column);
        return ((NumericColumn) c).toArray();
    }

    static String[] cells(Dataset ds, String column) {
        Column c = ds.require(column);
        String[] out = new String[c.size()];
        for (int i = 0; i < out.length; i++) out[i] = c.format(i);
        return out;
    }
}
