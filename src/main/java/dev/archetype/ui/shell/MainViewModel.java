package dev.archetype.ui.shell;

import dev.archetype.ui.common.FailureText;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.analysis.OpenedData;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.transactions.RfmResult;
import dev.archetype.core.transactions.TransactionData;
import dev.archetype.core.transactions.TransactionRequest;
import dev.archetype.ui.common.DialogService;
import dev.archetype.ui.common.Formats;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The window's state: the open Dataset and its file, the recent-files list and the window title, plus the
 * commands of the File menu. Other screens observe {@link #datasetProperty()}.
 */
public final class MainViewModel {
    static final List<DialogService.FileFilter> FILE_FILTERS = List.of(
            new DialogService.FileFilter("Spreadsheets (*.csv, *.tsv, *.txt, *.xlsx, *.xls)",
                    List.of("*.csv", "*.tsv", "*.txt", "*.xlsx", "*.xls")),
            new DialogService.FileFilter("Archetype projects (*.archetype)", List.of("*.archetype")),
            new DialogService.FileFilter("All files", List.of("*.*")));

    private final DatasetOpener opener;
    private final DialogService dialogs;
    private final AppPreferences preferences;
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<TransactionData> transactions = new ReadOnlyObjectWrapper<>(this, "transactions");
    private final ReadOnlyObjectWrapper<RfmResult> rfm = new ReadOnlyObjectWrapper<>(this, "rfm");
    private final StringBinding pivotSummary = Bindings.createStringBinding(() -> {
        TransactionData td = transactions.get();
        if (rfm.get() != null) return "RFM: " + rfm.get().report().lines().get(0);
        if (td == null || td.pivot().report().lines().isEmpty()) return "";
        return "Pivoted: " + td.pivot().report().lines().get(0);
    }, transactions, rfm);
    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>(this, "currentFile");
    private final ReadOnlyObjectWrapper<ImportOptions> currentImport = new ReadOnlyObjectWrapper<>(this, "currentImport");
    private final ReadOnlyObjectWrapper<OpenedData> openedFile = new ReadOnlyObjectWrapper<>(this, "opened");
    private Consumer<Path> projectOpener;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Archetype");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFilesView = FXCollections.unmodifiableObservableList(recentFiles);
    private final StringBinding warningsText;

    public MainViewModel(DatasetOpener opener, DialogService dialogs, AppPreferences preferences) {
        this.opener = opener;
        this.dialogs = dialogs;
        this.preferences = preferences;
        recentFiles.setAll(preferences.recentFiles());
        warningsText = Bindings.createStringBinding(() -> {
            Dataset d = dataset.get();
            int n = d == null ? 0 : d.warnings().size();
            return n == 0 ? "" : Formats.count(n, "import warning", "import warnings");
        }, dataset);
    }

    /** The data on screen; null until a file is opened. Replaced only when an import succeeds. */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public Dataset getDataset() {
        return dataset.get();
    }

    /**
     * When the open data was pivoted from transactions: the pivot (its dataset is {@link #getDataset()}), the
     * joined item attributes and the distance advice; null otherwise. Set before the dataset changes.
     */
    public ReadOnlyObjectProperty<TransactionData> transactionsProperty() {
        return transactions.getReadOnlyProperty();
    }

    /** When the open data are RFM figures derived from dated invoice lines: them and the cleaning report; else null. */
    public ReadOnlyObjectProperty<RfmResult> rfmProperty() {
        return rfm.getReadOnlyProperty();
    }

    /**
     * What the pivot (or the RFM derivation) did, in one line ("324 transaction rows → 100 customers × 32 items (presence (1 = took it)).");
     * "" when the open data was not pivoted. Shown in the status bar, next to the rows × columns summary.
     */
    public StringBinding pivotSummaryProperty() {
        return pivotSummary;
    }

    /** The file the data came from (a temporary copy for bundled samples). */
    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    /**
     * The import options that read the current data (sheet, header row, delimiter, encoding, type
     * overrides…), or null when they are not known (e.g. data built another way). Set before
     * {@link #datasetProperty()} changes.
     */
    public ReadOnlyObjectProperty<ImportOptions> currentImportProperty() {
        return currentImport.getReadOnlyProperty();
    }

    /**
     * The opened file as one value (path, import options, pivot and its request, data set), or null. Set after
     * the other properties of the file, so whoever follows it sees them all.
     */
    public ReadOnlyObjectProperty<OpenedData> openedProperty() {
        return openedFile.getReadOnlyProperty();
    }

    /** "Archetype — customers.csv". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Most recent first; at most {@link AppPreferences#MAX_RECENT}. */
    public ObservableList<Path> recentFiles() {
        return recentFilesView;
    }

    /** "2 import warnings", or "" when the import was clean. */
    public StringBinding warningsTextProperty() {
        return warningsText;
    }

    /** Opens a file with detected settings (asking only when the file needs it). */
    public void open(Path file) {
        open(file, DatasetOpener.Mode.QUICK, true);
    }

    /** Opens a file through the import dialog. */
    public void openWithOptions(Path file) {
        open(file, DatasetOpener.Mode.WITH_OPTIONS, true);
    }

    /** File ▸ Open…: asks for a file, starting in the last folder used. */
    public void chooseAndOpen() {
        choose().ifPresent(this::open);
    }

    /** File ▸ Open with options…. */
    public void chooseAndOpenWithOptions() {
        choose().ifPresent(this::openWithOptions);
    }

    private Optional<Path> choose() {
        return dialogs.chooseFileToOpen("Open a customer spreadsheet", preferences.lastFolder(), FILE_FILTERS);
    }

    /** Opens an entry of the recent list, dropping it from the list when the file is gone. */
    public void openRecent(Path file) {
        if (!Files.isRegularFile(file)) {
            recentFiles.remove(file);
            preferences.setRecentFiles(recentFiles);
            dialogs.showError("File not found", file + " no longer exists, so it was removed from the recent files.");
            return;
        }
        open(file);
    }

    /** Opens a bundled sample; samples are not added to the recent files. */
    public void openSample(Sample sample) {
        Path copy;
        try {
            copy = sample.copyToTempFile();
        } catch (RuntimeException e) {
            dialogs.showError("Could not open the sample", FailureText.of(e));
            return;
        }
        open(copy, DatasetOpener.Mode.QUICK, false);
    }

    /** Opens a sample already copied out of the app (the copy a preloaded import is reading). */
    public void openSampleCopy(Path copy) {
        open(copy, DatasetOpener.Mode.QUICK, false);
    }

    /** Shows the import warnings of the current data, one bulleted line each (so a wrapped one stays apart). */
    public void showWarnings() {
        Dataset d = dataset.get();
        if (d == null || d.warnings().isEmpty()) return;
        dialogs.showInformation("Import warnings", "• " + String.join("\n• ", d.warnings()));
    }

    /**
     * Hands files ending in {@value #PROJECT_EXTENSION} (from Open, the recent list, drag-and-drop or the
     * command line) to {@code opener} instead of the importer.
     */
    public void setProjectOpener(Consumer<Path> opener) {
        this.projectOpener = opener;
    }

    /** The file name ending of saved projects. */
    public static final String PROJECT_EXTENSION = ".archetype";

    /** Whether {@code file} is named like a saved project. */
    public static boolean isProjectFile(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(PROJECT_EXTENSION);
    }

    /**
     * Imports {@code file} with exactly {@code options} (no dialog), then runs {@code then} with the new data
     * on the FX thread. The file is not added to the recent files. On failure the opener reports it and
     * {@code then} never runs.
     */
    public void openWithImportOptions(Path file, ImportOptions options, Consumer<Dataset> then) {
        openWithImportOptions(file, options, null, then);
    }

    /**
     * As {@link #openWithImportOptions(Path, ImportOptions, Consumer)}, pivoting the transactions as {@code pivot}
     * says when it is not null (a saved project of pivoted data).
     */
    public void openWithImportOptions(Path file, ImportOptions options, TransactionRequest pivot, Consumer<Dataset> then) {
        openWithImportOptions(file, options, pivot, false, then);
    }

    /**
     * As {@link #openWithImportOptions(Path, ImportOptions, TransactionRequest, Consumer)}, deriving RFM figures from
     * the file's dated invoice lines when {@code rfm} is true (a saved RFM project).
     */
    public void openWithImportOptions(Path file, ImportOptions options, TransactionRequest pivot, boolean rfm, Consumer<Dataset> then) {
        opener.importWith(file, options, pivot, rfm, o -> {
            opened(file, o, false);
            then.accept(o.dataset());
        });
    }

    /** How the data on screen was pivoted from transactions, or null when it was read as a table. */
    public TransactionRequest currentPivot() {
        return opener.pivotUsedFor(dataset.get());
    }

    /** Puts {@code file} first in the recent files and remembers its folder (e.g. a saved project). */
    public void rememberRecent(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>(recentFiles);
        updated.remove(absolute);
        updated.add(0, absolute);
        while (updated.size() > AppPreferences.MAX_RECENT) updated.remove(updated.size() - 1);
        recentFiles.setAll(updated);
        preferences.setRecentFiles(updated);
        if (absolute.getParent() != null) preferences.setLastFolder(absolute.getParent());
    }

    public void clearRecentFiles() {
        recentFiles.clear();
        preferences.setRecentFiles(recentFiles);
    }

    private void open(Path file, DatasetOpener.Mode mode, boolean remember) {
        if (projectOpener != null && isProjectFile(file)) {
            projectOpener.accept(file);
            return;
        }
        opener.openPivotable(file, mode, o -> opened(file, o, remember));
    }

    private void opened(Path file, DatasetOpener.Opened o, boolean remember) {
        Dataset data = o.dataset();
        currentImport.set(opener.optionsUsedFor(data));
        transactions.set(o.transactions()); // first, so views following the dataset see its pivot
        rfm.set(o.rfm());
        dataset.set(data);
        currentFile.set(file);
        ImportOptions options = currentImport.get() == null ? ImportOptions.defaults() : currentImport.get();
        openedFile.set(o.rfm() != null ? new OpenedData(file, options, data, null, null, o.rfm())
                : o.transactions() == null ? OpenedData.table(file, options, data)
                : OpenedData.pivoted(file, options, opener.pivotUsedFor(data), o.transactions()));
        Path name = file.getFileName();
        title.set("Archetype — " + (name == null ? file : name));
        if (remember) rememberRecent(file);
    }
}
