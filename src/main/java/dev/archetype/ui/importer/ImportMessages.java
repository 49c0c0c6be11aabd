package dev.archetype.ui.importer;

import dev.archetype.core.io.ImportException;
import dev.archetype.ui.common.FailureText;

import java.nio.file.Path;

/**
 * What an import failure says to the user: the core's {@link ImportException} already names the file and the
 * place; anything else is explained by {@link dev.archetype.core.failure.Failures} (which logs the trace of an
 * unexpected one) behind the file's name.
 */
final class ImportMessages {
    private ImportMessages() { }

    static String describe(Path file, Throwable error) {
        if (error instanceof ImportException e) return FailureText.of(e);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return FailureText.of(name, error);
    }
}
