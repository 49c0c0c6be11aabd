package dev.archetype.ui.export;

import dev.archetype.ui.common.FailureText;
import dev.archetype.core.analysis.AnalysisResult;
import dev.archetype.core.analysis.ScoredResult;
import dev.archetype.core.export.AtomicFileWriter;
import dev.archetype.core.export.CsvExporter;
import dev.archetype.core.export.ExportException;
import dev.archetype.core.export.ExportOptions;
import dev.archetype.core.export.ExportRequest;
import dev.archetype.core.export.WorkbookExporter;
import dev.archetype.core.profile.ClusterProfile;
import dev.archetype.core.profile.FeatureContrast;
import dev.archetype.core.transactions.RollupGridRow;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.common.DialogService;
import dev.archetype.ui.common.JobCallbacks;
import dev.archetype.ui.workbench.ClusterRun;
import dev.archetype.ui.workbench.WorkbenchViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Export commands of the window: the labeled workbook, the labeled CSV (optionally with a BOM for Excel),
 * a view as PNG, and the profile grid as text. Asks where to save, refuses the source file, asks before
 * replacing a file, then writes on the {@link BackgroundRunner} (progress and Cancel in the status bar);
 * the core writes atomically, so a failed or cancelled export leaves no file and an old one intact.
 * Use on the FX thread.
 */
public final class ExportViewModel {
    static final List<DialogService.FileFilter> XLSX = List.of(new DialogService.FileFilter("Excel workbook (*.xlsx)", List.of("*.xlsx")));
    static final List<DialogService.FileFilter> CSV = List.of(new DialogService.FileFilter("CSV (*.csv)", List.of("*.csv")));
    static final List<DialogService.FileFilter> PNG = List.of(new DialogService.FileFilter("PNG image (*.png)", List.of("*.png")));

    private final WorkbenchViewModel workbench;
    private final ObservableValue<Path> sourceFile;
    private final BackgroundRunner runner;
    private DialogService dialogs;
    private SaveChooser chooser;
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper lastSaved = new ReadOnlyStringWrapper(this, "lastSaved", "");
    private final BooleanBinding canExport;
    private final BooleanBinding hasClustering;

    /**
     * @param sourceFile the file the data came from (refused as a target; names the suggested files)
     */
    public ExportViewModel(WorkbenchViewModel workbench, ObservableValue<Path> sourceFile, BackgroundRunner runner,
                           DialogService dialogs, SaveChooser chooser) {
        this.workbench = workbench;
        this.sourceFile = sourceFile;
        this.runner = runner;
        this.dialogs = dialogs;
        this.chooser = chooser;
        hasClustering = workbench.currentProperty().isNotNull();
        canExport = Bindings.createBooleanBinding(() -> hasClustering.get() && !exporting.get(), hasClustering, exporting);
    }

    /** Lets tests answer the dialogs. */
    void useDialogs(DialogService dialogs, SaveChooser chooser) {
        this.dialogs = dialogs;
        this.chooser = chooser;
    }

    // ---- state ------------------------------------------------------------------------------------

    /** True when a clustering is on screen and no export is running. */
    public BooleanBinding canExportProperty() { return canExport; }

    /** True when a clustering is on screen (copying the grid does not wait for a running export). */
    public BooleanBinding hasClusteringProperty() { return hasClustering; }

    /** True while an export is being written. */
    public ReadOnlyBooleanProperty exportingProperty() { return exporting.getReadOnlyProperty(); }

    /** The outcome of the last export in one short line ("Saved /path/file.xlsx"), "" before any. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** The full path of the last file written, "" before any. */
    public ReadOnlyStringProperty lastSavedProperty() { return lastSaved.getReadOnlyProperty(); }

    // ---- commands ---------------------------------------------------------------------------------

    /** File ▸ Export to Excel…: the labeled workbook. */
    public void exportWorkbook() {
        ClusterRun run = workbench.currentProperty().get();
        if (run == null || exporting.get()) return;
        choose("Export to Excel", ExportNames.export(source(), run.clustering().k(), "xlsx"), "xlsx", XLSX).ifPresent(target -> {
            AnalysisResult result = resultNow();
            ExportOptions options = ExportOptions.defaults();
            write("Exporting " + target.getFileName(), target,
                    (progress, cancel) -> WorkbookExporter.export(request(result, progress, cancel), target, options, progress, cancel));
        });
    }

    /** File ▸ Export labeled CSV…: every original column plus Cluster, Archetype and Distance. */
    public void exportCsv(boolean excelBom) {
        ClusterRun run = workbench.currentProperty().get();
        if (run == null || exporting.get()) return;
        choose(excelBom ? "Export labeled CSV for Excel" : "Export labeled CSV",
                ExportNames.export(source(), run.clustering().k(), "csv"), "csv", CSV).ifPresent(target -> {
            AnalysisResult result = resultNow();
            ExportOptions options = ExportOptions.defaults().withCsvBom(excelBom);
            write("Exporting " + target.getFileName(), target,
                    (progress, cancel) -> CsvExporter.export(request(result, progress, cancel), target, options, progress, cancel));
        });
    }

    /**
     * Exports rows labeled with the archetypes on screen (File ▸ Assign New Customers…): every column of the new
     * file plus Cluster, Archetype, Distance and Unusual, as a workbook or CSV.
     */
    public void exportScored(ScoredResult scored, boolean workbook) {
        if (scored == null || exporting.get()) return;
        Path newFile = scored.source();
        String ext = workbook ? "xlsx" : "csv";
        choose(workbook ? "Export the assigned customers to Excel" : "Export the assigned customers as CSV",
                ExportNames.export(newFile, scored.model().k(), ext).replace("-archetypes-", "-assigned-"), ext, workbook ? XLSX : CSV)
                .ifPresent(target -> write("Exporting " + target.getFileName(), target, (progress, cancel) -> {
                    ExportRequest request = scored.exportRequest(appVersion(), Instant.now(), "Assign New Customers: " + newFile);
                    if (workbook) WorkbookExporter.export(request, target, ExportOptions.defaults(), progress, cancel);
                    else CsvExporter.export(request, target, ExportOptions.defaults(), progress, cancel);
                }));
    }

    /**
     * Saves a picture of a view: asks for the file first, then takes the snapshot (on this thread) and encodes
     * and writes it in the background.
     *
     * @param what     the view in a word for the file name and messages ("elbow", "profiles", "scatter")
     * @param snapshot takes the picture; called at most once, on the FX thread
     */
    public void savePng(String what, Supplier<ArgbImage> snapshot) {
        if (exporting.get()) return;
        ClusterRun run = workbench.currentProperty().get();
        int k = run == null || "elbow".equals(what) ? 0 : run.clustering().k();
        choose("Save the " + what + " as PNG", ExportNames.image(source(), what, k), "png", PNG).ifPresent(target -> {
            ArgbImage image;
            try {
                image = snapshot.get();
            } catch (RuntimeException e) {
                dialogs.showError("Could not save the " + what, "The " + what + " is not on screen; open its tab and try again.");
                return;
            }
            Path src = source();
            write("Saving " + target.getFileName(), target, (progress, cancel) -> {
                progress.progress(-1, "encoding PNG");
                cancel.check();
                PngWriter.write(image, target, src);
            });
        });
    }

    /**
     * Puts the profile grid as tab-separated text into {@code clipboard}.
     *
     * @param rows the feature rows in the order the grid shows them
     */
    public void copyGrid(List<FeatureContrast> rows, Consumer<String> clipboard) {
        copyGrid(rows, List.of(), clipboard);
    }

    /** As {@link #copyGrid(List, Consumer)}, with the item-attribute rows of pivoted purchases after the features. */
    public void copyGrid(List<FeatureContrast> rows, List<RollupGridRow> attributes, Consumer<String> clipboard) {
        ClusterProfile p = workbench.profileProperty().get();
        if (p == null) return;
        clipboard.accept(ProfileGridTsv.build(List.copyOf(workbench.names()), rows, attributes));
        status.set("Copied the profile grid: " + rows.size() + " features × " + p.k() + " archetypes");
    }

    // ---- internals --------------------------------------------------------------------------------

    /**
     * The export of the analysis on screen, made by the analysis floor as the command line makes it (with each
     * row's silhouette where the exact pass is affordable: off the FX thread, inside the export job).
     */
    static ExportRequest request(AnalysisResult result, ProgressListener progress, Cancellation cancel) {
        cancel.check();
        progress.progress(-1, "measuring silhouettes");
        ExportRequest out = result.exportRequest(appVersion(), Instant.now());
        cancel.check();
        return out;
    }

    /** The analysis on screen with its names, taken on the FX thread so later renames or runs do not change it. */
    AnalysisResult resultNow() {
        return workbench.resultProperty().get();
    }

    private Path source() {
        return sourceFile.getValue();
    }

    private Optional<Path> choose(String title, String suggested, String extension, List<DialogService.FileFilter> filters) {
        Optional<SaveChooser.Choice> choice = chooser.chooseFileToSave(title, ExportNames.initialFolder(source()), suggested, filters);
        if (choice.isEmpty()) return Optional.empty();
        Path chosen = choice.get().path().toAbsolutePath().normalize();
        Path target = ExportNames.withExtension(chosen, extension);
        try {
            // picking the source file is refused even when the export would add its own extension to the name
            if (!target.equals(chosen) && isSource(chosen)) AtomicFileWriter.check(chosen, source(), AtomicFileWriter.Overwrite.REPLACE);
            // refuses the source file, a missing folder, a folder, a read-only file; before any work is done
            AtomicFileWriter.check(target, source(), AtomicFileWriter.Overwrite.REPLACE);
        } catch (ExportException e) {
            dialogs.showError(title + " failed", FailureText.of(e));
            return Optional.empty();
        }
        boolean askedAlready = choice.get().overwriteConfirmed() && target.equals(chosen);
        if (Files.exists(target) && !askedAlready
                && !dialogs.confirm("Replace " + target.getFileName() + "?",
                target.getFileName() + " already exists in " + target.getParent() + ". Replace it?")) {
            return Optional.empty();
        }
        return Optional.of(target);
    }

    private boolean isSource(Path file) {
        Path src = source();
        if (src == null) return false;
        try {
            return src.toAbsolutePath().normalize().equals(file) || (Files.exists(file) && Files.isSameFile(src, file));
        } catch (IOException e) {
            return false;
        }
    }

    private interface Write {
        void run(ProgressListener progress, Cancellation cancel) throws Exception;
    }

    private void write(String title, Path target, Write work) {
        exporting.set(true);
        status.set(title + "…");
        runner.run(title, (progress, cancel) -> {
            work.run(progress, cancel);
            return target;
        }, new JobCallbacks<Path>(saved -> {
            exporting.set(false);
            lastSaved.set(saved.toString());
            status.set("Saved " + saved);
        }, failure -> {
            exporting.set(false);
            String message = message(failure, target);
            status.set(message);
            dialogs.showError("Export failed", message);
        }, () -> {
            exporting.set(false);
            status.set("Export cancelled; " + target.getFileName() + " was not written");
        }));
    }

    /** A short message naming the file; the core's ExportException already says what to do. */
    static String message(Throwable failure, Path target) {
        Throwable t = failure;
        while (!(t instanceof ExportException) && t.getCause() != null && t.getCause() != t) t = t.getCause();
        if (t instanceof ExportException) return FailureText.of(t);
        return "Could not write " + target + ": " + FailureText.of(failure);
    }

    private static String appVersion() {
        String v = ExportViewModel.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
