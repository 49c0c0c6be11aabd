package dev.archetype.ui.importer;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.ImportPreview;
import dev.archetype.ui.common.BackgroundJob;
import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.common.DialogService;
import dev.archetype.ui.common.JobCallbacks;
import dev.archetype.ui.common.JobSlot;
import dev.archetype.core.analysis.Analysis;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.analysis.Defaults;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import dev.archetype.core.transactions.PivotResult;
import dev.archetype.core.transactions.RfmResult;
import dev.archetype.core.transactions.RfmSpec;
import dev.archetype.core.transactions.TransactionData;
import dev.archetype.core.transactions.TransactionRequest;
import dev.archetype.core.transactions.TransactionDetector;
import dev.archetype.core.transactions.TransactionSetup;
import dev.archetype.ui.shell.DatasetOpener;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    public static final int PROBE_ROWS = 200;

    private final ImportService service;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ImportOptionsPrompt prompt;
    private final JobSlot jobs = new JobSlot();
    private Dataset deliveredData;
    private ImportOptions deliveredOptions;
    private TransactionRequest deliveredPivot;

    public ImportCoordinator(ImportService service, BackgroundRunner runner, DialogService dialogs, ImportOptionsPrompt prompt) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.prompt = prompt;
    }

    @Override
    public void open(Path file, Mode mode, Consumer<Dataset> onOpened) {
        openPivotable(file, mode, opened -> onOpened.accept(opened.dataset()));
    }

    @Override
    public void openPivotable(Path file, Mode mode, Consumer<Opened> onOpened) {
        cancelCurrent();
        ImportOptions defaults = ImportOptions.defaults();
        jobs.start(runner, "Reading " + name(file),
                (progress, cancel) -> service.preview(file, defaults, PROBE_ROWS),
                new JobCallbacks<ImportPreview>(preview -> {
                    if (mode == Mode.WITH_OPTIONS || needsChoices(preview)) {
                        prompt.choose(file, defaults, preview, null).ifPresent(c -> importFile(file, c, onOpened));
                    } else {
                        importFile(file, ImportChoice.plain(defaults), onOpened);
                    }
                }, error -> {
                    String message = ImportMessages.describe(file, error);
                    if (mode == Mode.WITH_OPTIONS) {
                        // Other settings (encoding, delimiter, sheet) may fix it, so let the user try.
                        prompt.choose(file, defaults, null, message).ifPresent(c -> importFile(file, c, onOpened));
                    } else {
                        dialogs.showError("Could not open " + name(file), message);
                    }
                }, () -> { }));
    }

    /**
     * Several sheets to choose from, anything surprising in the first rows, or transactions that could be
     * pivoted to one row per customer: let the user look first.
     */
    static boolean needsChoices(ImportPreview preview) {
        return preview.sheets().size() > 1 || !preview.warnings().isEmpty()
                || TransactionDetector.detect(preview.dataset()).isPresent() || RfmSpec.detectLines(preview.dataset()).isPresent();
    }

    /** Runs the full import with {@code options}. */
    public void importFile(Path file, ImportOptions options, Consumer<Dataset> onOpened) {
        importFile(file, ImportChoice.plain(options), opened -> onOpened.accept(opened.dataset()));
    }

    /**
     * Runs the full import and, when {@code choice} asks for it, the transactions pivot and the attribute join, or
     * the RFM derivation, all in one background job. The pivot's notes (repeats, skipped rows, unmatched items) become the
     * dataset's import warnings.
     */
    public void importFile(Path file, ImportChoice choice, Consumer<Opened> onOpened) {
        cancelCurrent();
        jobs.start(runner, "Importing " + name(file), (progress, cancel) -> {
            Opened opened = read(file, choice, progress, cancel);
            // the per-column figures the status bar and the set-up panel ask for, computed here, off the FX thread
            Defaults.warm(opened.dataset());
            return opened;
        }, new JobCallbacks<Opened>(opened -> {
            deliveredData = opened.dataset();
            deliveredOptions = choice.options();
            deliveredPivot = choice.transactions();
            onOpened.accept(opened);
        }, error -> {
            dialogs.showError("Could not open " + name(file), ImportMessages.describe(file, error));
        }, () -> { }));
    }

    /** The table to show: as read, pivoted from transactions, or RFM figures derived from invoice lines. */
    private Opened read(Path file, ImportChoice choice, ProgressListener progress, Cancellation cancel) throws Exception {
        Dataset data = service.read(file, choice.options(), progress, cancel);
        if (choice.rfm()) {
            cancel.check();
            progress.progress(-1, "deriving recency, frequency, monetary value and tenure");
            // Through the analysis floor, so the window's RFM table is the one 'cluster --rfm' and projects derive.
            AnalysisSpec spec = AnalysisSpec.of(file).withImportOptions(choice.options()).withRfm(true);
            RfmResult rfm = withWarnings(Analysis.derive(spec, data, cancel).rfm(), data.warnings());
            return new Opened(rfm.dataset(), null, rfm);
        }
        if (choice.transactions() == null) return new Opened(data, null);
        cancel.check();
        progress.progress(-1, "pivoting transactions");
        TransactionData td = TransactionSetup.prepare(data, file, choice.transactions(), progress, cancel);
        TransactionData shown = withWarnings(td, data.warnings());
        return new Opened(shown.dataset(), shown);
    }

    @Override
    public void importWith(Path file, ImportOptions options, Consumer<Dataset> onOpened) {
        importFile(file, options, onOpened);
    }

    @Override
    public void importWith(Path file, ImportOptions options, TransactionRequest pivot, Consumer<Opened> onOpened) {
        importFile(file, new ImportChoice(options, pivot), onOpened);
    }

    @Override
    public void importWith(Path file, ImportOptions options, TransactionRequest pivot, boolean rfm, Consumer<Opened> onOpened) {
        importFile(file, new ImportChoice(options, pivot, rfm), onOpened);
    }

    @Override
    public TransactionRequest pivotUsedFor(Dataset data) {
        return data != null && data == deliveredData ? deliveredPivot : null;
    }

    @Override
    public ImportOptions optionsUsedFor(Dataset data) {
        return data != null && data == deliveredData ? deliveredOptions : null;
    }

    /**
     * The pivot with its wide dataset carrying the import's warnings plus the pivot's and the join's notes
     * (all but their summary lines, which say what was done rather than what went wrong).
     */
    static TransactionData withWarnings(TransactionData td, List<String> importWarnings) {
        List<String> warnings = new ArrayList<>(importWarnings);
        List<String> pivotLines = td.pivot().report().lines();
        String mixReason = td.pivot().report().mix().reason(td.pivot().report().value());
        for (String line : pivotLines.subList(Math.min(1, pivotLines.size()), pivotLines.size())) {
            if (!line.equals(mixReason)) warnings.add(line); // how cells are read is a choice, not a warning
        }
        if (td.attributes() != null) {
            List<String> joinLines = td.attributes().lines();
            warnings.addAll(joinLines.subList(Math.min(1, joinLines.size()), joinLines.size()));
        }
        Dataset wide = td.pivot().wide();
        if (warnings.equals(wide.warnings())) return td;
        Dataset shown = new Dataset(wide.source(), wide.columns(), warnings);
        PivotResult p = td.pivot();
        PivotResult pivot = new PivotResult(shown, p.customerColumn(), p.itemColumn(), p.items(), p.report(), p.totalColumn());
        return new TransactionData(pivot, td.attributes(), td.advice());
    }

    /**
     * The RFM table carrying the import's warnings and what the cleaning left out, but not the report's summary
     * line, which says what was done (the status bar shows it) rather than what went wrong.
     */
    static RfmResult withWarnings(RfmResult rfm, List<String> importWarnings) {
        Dataset d = rfm.dataset();
        List<String> warnings = new ArrayList<>(importWarnings);
        List<String> lines = rfm.report().lines();
        warnings.addAll(lines.subList(Math.min(1, lines.size()), lines.size()));
        return new RfmResult(new Dataset(d.source(), d.columns(), warnings), rfm.report());
    }

    private void cancelCurrent() {
        jobs.cancel();
    }

    static String name(Path file) {
        return Optional.ofNullable(file.getFileName()).map(Path::toString).orElse(file.toString());
    }
}
