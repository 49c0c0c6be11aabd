package dev.archetype.ui.importer;

import dev.archetype.core.io.ImportException;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Turns whatever an import threw into one short line for the user; the stack trace goes to the log once. */
final class ImportMessages {
    private static final System.Logger LOG = System.getLogger(ImportMessages.class.getName());

    private ImportMessages() { }

    static String describe(Path file, Throwable error) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (error instanceof ImportException e) return e.getMessage();
        LOG.log(System.Logger.Level.WARNING, "Import of " + file + " failed", error);
        if (error instanceof NoSuchFileException || error instanceof FileNotFoundException) {
            return name + ": the file does not exist (it may have been moved or deleted).";
        }
        if (error instanceof AccessDeniedException) return name + ": permission denied.";
        if (error instanceof OutOfMemoryError) {
            return name + ": not enough memory to open this file; close other data or start Archetype with more memory.";
        }
        if (error instanceof IOException && error.getMessage() != null) return name + ": " + error.getMessage();
        String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return name + ": could not be read (" + detail + ").";
    }
}
