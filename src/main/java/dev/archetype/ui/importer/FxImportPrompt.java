package dev.archetype.ui.importer;

import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.ImportPreview;
import dev.archetype.ui.common.BackgroundRunner;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** Shows the {@link ImportDialog} modally; its previews run through the runner meanwhile. */
public final class FxImportPrompt implements ImportOptionsPrompt {
    private final ImportService service;
    private final BackgroundRunner runner;
    private final Supplier<Window> owner;

    public FxImportPrompt(ImportService service, BackgroundRunner runner, Supplier<Window> owner) {
        this.service = service;
        this.runner = runner;
        this.owner = owner;
    }

    @Override
    public Optional<ImportOptions> ask(Path file, ImportOptions options, ImportPreview preview, String error) {
        return choose(file, options, preview, error).map(ImportChoice::options);
    }

    /** Shows the dialog; Import returns the read options and the transactions pivot or RFM the user chose. */
    @Override
    public Optional<ImportChoice> choose(Path file, ImportOptions options, ImportPreview preview, String error) {
        ImportDialogViewModel vm = new ImportDialogViewModel(file, options, service, runner);
        vm.showInitial(preview, error);
        ImportDialog dialog = new ImportDialog(owner.get(), vm, runner);
        Optional<ImportOptions> chosen = dialog.showAndWait();
        return chosen.map(o -> vm.choice());
    }
}
