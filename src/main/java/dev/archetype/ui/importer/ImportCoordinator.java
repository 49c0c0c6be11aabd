package dev.archetype.ui.importer;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.ImportPreview;
import dev.archetype.ui.common.BackgroundJob;
import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.common.DialogService;
import dev.archetype.ui.common.JobCallbacks;
import dev.archetype.ui.shell.DatasetOpener;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens files for the shell: a quick preview with detected settings decides whether the import dialog is
 * needed (several sheets, warnings, or the user asked for it); then the full import runs in the background
 * with progress and Cancel. Failures are shown as one line; the data on screen stays until a new import
 * succeeds. Opening another file cancels an import still running.
 */
public final class ImportCoordinator implements DatasetOpener {
    /** Rows read for the preview that decides whether to show the dialog. */
    static final int PROBE_ROWS = 200;

    private final ImportService service;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ImportOptionsPrompt prompt;
    private BackgroundJob current;
    private Dataset deliveredData;
    private ImportOptions deliveredOptions;

    public ImportCoordinator(ImportService service, BackgroundRunner runner, DialogService dialogs, ImportOptionsPrompt prompt) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.prompt = prompt;
    }

    @Override
    public void open(Path file, Mode mode, Consumer<Dataset> onOpened) {
        cancelCurrent();
        ImportOptions defaults = ImportOptions.defaults();
        BackgroundJob[] self = new BackgroundJob[1];
        self[0] = runner.run("Reading " + name(file),
                (progress, cancel) -> service.preview(file, defaults, PROBE_ROWS),
                new JobCallbacks<ImportPreview>(preview -> {
                    ended(self[0]);
                    if (mode == Mode.WITH_OPTIONS || needsChoices(preview)) {
                        prompt.ask(file, defaults, preview, null).ifPresent(o -> importFile(file, o, onOpened));
                    } else {
                        importFile(file, defaults, onOpened);
                    }
                }, error -> {
                    ended(self[0]);
                    String message = ImportMessages.describe(file, error);
                    if (mode == Mode.WITH_OPTIONS) {
                        // Other settings (encoding, delimiter, sheet) may fix it, so let the user try.
                        prompt.ask(file, defaults, null, message).ifPresent(o -> importFile(file, o, onOpened));
                    } else {
                        dialogs.showError("Could not open " + name(file), message);
                    }
                }, () -> ended(self[0])));
        track(self[0]);
    }

    /** Several sheets to choose from or anything surprising in the first rows: let the user look first. */
    static boolean needsChoices(ImportPreview preview) {
        return preview.sheets().size() > 1 || !preview.warnings().isEmpty();
    }

    /** Runs the full import with {@code options}. */
    public void importFile(Path file, ImportOptions options, Consumer<Dataset> onOpened) {
        cancelCurrent();
        BackgroundJob[] self = new BackgroundJob[1];
        self[0] = runner.run("Importing " + name(file), (progress, cancel) -> {
            Dataset data = service.read(file, options, progress, cancel);
            data.missingCells(); // counted here, off the FX thread; columns cache it for the status bar
            return data;
        }, new JobCallbacks<Dataset>(data -> {
            ended(self[0]);
            deliveredData = data;
            deliveredOptions = options;
            onOpened.accept(data);
        }, error -> {
            ended(self[0]);
            dialogs.showError("Could not open " + name(file), ImportMessages.describe(file, error));
        }, () -> ended(self[0])));
        track(self[0]);
    }

    @Override
    public void importWith(Path file, ImportOptions options, Consumer<Dataset> onOpened) {
        importFile(file, options, onOpened);
    }

    @Override
    public ImportOptions optionsUsedFor(Dataset data) {
        return data != null && data == deliveredData ? deliveredOptions : null;
    }

    private void track(BackgroundJob job) {
        if (job.runningProperty().get()) current = job;
    }

    private void ended(BackgroundJob job) {
        if (current == job) current = null;
    }

    private void cancelCurrent() {
        BackgroundJob job = current;
        current = null;
        if (job != null) job.cancel();
    }

    static String name(Path file) {
        return Optional.ofNullable(file.getFileName()).map(Path::toString).orElse(file.toString());
    }
}
