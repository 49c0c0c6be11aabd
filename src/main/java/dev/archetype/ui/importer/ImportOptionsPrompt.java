package dev.archetype.ui.importer;

import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.ImportPreview;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user how to import a file (the import dialog); empty when they cancel. */
@FunctionalInterface
public interface ImportOptionsPrompt {

    /**
     * @param preview what the detected settings produce, or null when that preview failed
     * @param error   the preview's failure message, or null
     */
    Optional<ImportOptions> ask(Path file, ImportOptions options, ImportPreview preview, String error);

    /**
     * Like {@link #ask}, also returning the transactions pivot the user asked for. The default asks for the
     * read options only (no pivot); the import dialog overrides it.
     */
    default Optional<ImportChoice> choose(Path file, ImportOptions options, ImportPreview preview, String error) {
        return ask(file, options, preview, error).map(ImportChoice::plain);
    }
}
