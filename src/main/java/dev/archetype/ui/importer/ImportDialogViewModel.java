package dev.archetype.ui.importer;

import dev.archetype.ui.common.FailureText;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.io.FileFormat;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.ImportPreview;
import dev.archetype.core.io.RaggedRows;
import dev.archetype.ui.common.BackgroundJob;
import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.common.JobCallbacks;
import dev.archetype.ui.common.JobSlot;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The import dialog's state: every setting as a property (null = detect), and a live preview that is
 * recomputed in the background whenever a setting changes (a newer preview cancels an older one).
 */
public final class ImportDialogViewModel {
    /** Rows shown in the preview table. */
    public static final int PREVIEW_ROWS = 100;

    private final Path file;
    private final ImportService service;
    private final BackgroundRunner runner;

    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>(this, "sheet");
    private final ObjectProperty<HeaderChoice> header = new SimpleObjectProperty<>(this, "header", HeaderChoice.DETECT);
    private final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>(this, "delimiter");
    private final ObjectProperty<Charset> encoding = new SimpleObjectProperty<>(this, "encoding");
    private final StringProperty missingTokens = new SimpleStringProperty(this, "missingTokens");
    private final ObjectProperty<RaggedRows> raggedRows = new SimpleObjectProperty<>(this, "raggedRows", RaggedRows.PAD);
    private final ObservableMap<String, ColumnType> typeOverrides = FXCollections.observableHashMap();

    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper(this, "previewing");
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final BooleanBinding canImport;
    private final TransactionChoices transactions;
    private final RfmChoices rfm;
    private final JobSlot previews = new JobSlot();
    private boolean updating;

    public ImportDialogViewModel(Path file, ImportOptions initial, ImportService service, BackgroundRunner runner) {
        this.file = file;
        this.service = service;
        this.runner = runner;
        sheet.set(initial.sheet());
        header.set(initial.headerRow() != null ? HeaderChoice.row(initial.headerRow())
                : Boolean.FALSE.equals(initial.hasHeader()) ? HeaderChoice.NONE : HeaderChoice.DETECT);
        delimiter.set(initial.delimiter());
        encoding.set(initial.encoding());
        missingTokens.set(formatTokens(initial.missingTokens()));
        raggedRows.set(initial.raggedRows());
        typeOverrides.putAll(initial.typeOverrides());
        transactions = new TransactionChoices(file, service, runner);
        rfm = new RfmChoices(file, service, runner);
        // One table per customer comes either from the pivot or from RFM: choosing one clears the other.
        rfm.chosenProperty().addListener((o, was, is) -> { if (is) transactions.pivotProperty().set(false); });
        transactions.pivotProperty().addListener((o, was, is) -> { if (is) rfm.chosenProperty().set(false); });
        canImport = Bindings.createBooleanBinding(() -> preview.get() != null && error.get() == null && !previewing.get()
                        && (rfm.requested() ? rfm.problemProperty().get() == null : transactions.problemProperty().get() == null),
                preview, error, previewing, transactions.problemProperty(), rfm.problemProperty(), rfm.chosenProperty(),
                rfm.detectedProperty());

        for (var p : new javafx.beans.Observable[] {sheet, header, delimiter, encoding, missingTokens, raggedRows}) {
            p.addListener(o -> settingsChanged());
        }
        typeOverrides.addListener((MapChangeListener<String, ColumnType>) c -> settingsChanged());
    }

    /** Shows an already computed preview (or its failure) without reading the file again. */
    public void showInitial(ImportPreview initialPreview, String initialError) {
        if (initialPreview != null) accept(initialPreview);
        else if (initialError != null) error.set(initialError);
        else refreshPreview();
    }

    public Path file() { return file; }
    public ObjectProperty<String> sheetProperty() { return sheet; }
    public ObjectProperty<HeaderChoice> headerProperty() { return header; }
    public ObjectProperty<Character> delimiterProperty() { return delimiter; }
    public ObjectProperty<Charset> encodingProperty() { return encoding; }
    /** Comma-separated; blank cells always count as missing. */
    public StringProperty missingTokensProperty() { return missingTokens; }
    public ObjectProperty<RaggedRows> raggedRowsProperty() { return raggedRows; }
    /** Column name → type chosen by the user; absent = keep the detected type. */
    public ObservableMap<String, ColumnType> typeOverrides() { return typeOverrides; }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() { return preview.getReadOnlyProperty(); }
    /** The preview's failure in one line, or null. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty previewingProperty() { return previewing.getReadOnlyProperty(); }
    public ObservableList<String> sheets() { return sheets; }
    public ObservableList<String> warnings() { return warnings; }
    /** The "Transactions" section: pivot to one row per customer, with item attributes. */
    public TransactionChoices transactions() { return transactions; }

    /** The RFM choice, offered beside the pivot when the table holds dated invoice lines. */
    public RfmChoices rfm() { return rfm; }

    /** What "Import" returns: the read options plus the transactions pivot or the RFM derivation, if chosen. */
    public ImportChoice choice() {
        return rfm.requested() ? new ImportChoice(options(), null, true) : new ImportChoice(options(), transactions.request());
    }

    /** True when the current settings produced a preview without error (and the pivot choices are complete). */
    public BooleanBinding canImportProperty() { return canImport; }

    /** Whether the file is a workbook (sheet choice applies) rather than delimited text. */
    public boolean isWorkbook() {
        ImportPreview p = preview.get();
        return p != null && p.format() != FileFormat.CSV;
    }

    /** The options the settings describe; what "Import" uses. */
    public ImportOptions options() {
        ImportOptions o = ImportOptions.defaults()
                .withSheet(sheet.get())
                .withHeaderRow(header.get().row())
                .withDelimiter(delimiter.get())
                .withEncoding(encoding.get())
                .withMissingTokens(parseTokens(missingTokens.get()))
                .withRaggedRows(raggedRows.get());
        if (header.get().hasHeader() != null) o = o.withHasHeader(header.get().hasHeader());
        for (var e : typeOverrides.entrySet()) o = o.withTypeOverride(e.getKey(), e.getValue());
        return o;
    }

    private void settingsChanged() {
        if (!updating) refreshPreview();
    }

    /** Recomputes the preview in the background with the current settings. */
    public void refreshPreview() {
        previews.cancel();
        ImportOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            error.set(FailureText.of(e));
            return;
        }
        previewing.set(true);
        previews.startLatest(runner, "Previewing " + ImportCoordinator.name(file),
                (progress, cancel) -> service.preview(file, options, PREVIEW_ROWS),
                new JobCallbacks<ImportPreview>(p -> {
                    previewing.set(previews.busy());
                    accept(p);
                }, e -> {
                    previewing.set(previews.busy());
                    preview.set(null);
                    warnings.clear();
                    error.set(ImportMessages.describe(file, e));
                }, () -> previewing.set(previews.busy())));
        previewing.set(previews.busy());
    }

    /** Stops a preview still running (the dialog closed). */
    public void dispose() {
        previews.cancel();
        previewing.set(false);
        transactions.dispose();
        rfm.dispose();
    }


    private void accept(ImportPreview p) {
        error.set(null);
        updating = true;
        try {
            sheets.setAll(p.sheets());
            // Show what was detected, so the user sees (and can change) the actual settings.
            if (p.format() != FileFormat.CSV && sheet.get() == null) sheet.set(p.sheet());
        } finally {
            updating = false;
        }
        warnings.setAll(p.warnings());
        transactions.update(p);
        ImportOptions read;
        try {
            read = options();
        } catch (IllegalArgumentException e) {
            read = ImportOptions.defaults();
        }
        rfm.update(p, read);
        preview.set(p);
    }

    static String formatTokens(Set<String> tokens) {
        return tokens.stream().filter(t -> !t.isBlank()).sorted().collect(Collectors.joining(", "));
    }

    static Set<String> parseTokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add("");
        if (text != null) {
            Arrays.stream(text.split(",")).map(String::trim).filter(t -> !t.isEmpty())
                    .map(t -> t.toLowerCase(Locale.ROOT)).forEach(tokens::add);
        }
        return tokens;
    }
}
