package dev.archetype.ui.importer;

import dev.archetype.core.analysis.Analysis;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.ImportPreview;
import dev.archetype.core.transactions.RfmSpec;
import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.common.JobCallbacks;
import dev.archetype.ui.common.JobSlot;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The import dialog's RFM choice: when the previewed table holds dated invoice lines (a customer, a date and a
 * quantity × price or an amount), offers to derive each customer's recency, frequency, monetary value and tenure,
 * and, once chosen, counts what the whole file's cleaning leaves out (cancellations, lines without a customer,
 * stock adjustments) in the background — the same lines the command line prints for {@code cluster --rfm}.
 * Use on the FX thread.
 */
public final class RfmChoices {
    /** The one-line label of the choice. */
    public static final String LABEL = "RFM: recency, frequency, monetary value, tenure";

    private final Path file;
    private final ImportService service;
    private final BackgroundRunner runner;

    private final ReadOnlyBooleanWrapper detected = new ReadOnlyBooleanWrapper(this, "detected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen");
    private final ObservableList<String> report = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final JobSlot reports = new JobSlot();
    private ImportOptions options = ImportOptions.defaults();
    private ImportOptions reportedFor;

    RfmChoices(Path file, ImportService service, BackgroundRunner runner) {
        this.file = file;
        this.service = service;
        this.runner = runner;
        chosen.addListener((o, was, is) -> {
            if (is) countWholeFile();
            else {
                reports.cancel();
                counting.set(false);
                problem.set(null);
            }
        });
    }

    // ---- state ------------------------------------------------------------------------------------

    /** Whether the previewed table holds dated invoice lines (the choice is offered only then). */
    public ReadOnlyBooleanProperty detectedProperty() { return detected.getReadOnlyProperty(); }

    /** "Dated invoice lines: customer CustomerID, invoice InvoiceNo, date InvoiceDate, amount Quantity × UnitPrice", or "". */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** Derive RFM figures, one row per customer, instead of importing the lines as they are. Off until chosen. */
    public BooleanProperty chosenProperty() { return chosen; }

    /** What the cleaning did to the whole file, one line each (empty until counted). */
    public ObservableList<String> report() { return report; }

    /** True while the whole file is read to count the cleaning report. */
    public ReadOnlyBooleanProperty countingProperty() { return counting.getReadOnlyProperty(); }

    /** Why RFM cannot be derived from this file with these settings, or null. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    /** Whether the import should derive RFM figures. */
    public boolean requested() {
        return detected.get() && chosen.get();
    }

    /** Stops a count still running (the dialog closed). */
    void dispose() {
        reports.cancel();
        counting.set(false);
    }

    // ---- internals --------------------------------------------------------------------------------

    /** Follows a new preview read with {@code previewOptions}: detection, and a new count when RFM is chosen. */
    void update(ImportPreview preview, ImportOptions previewOptions) {
        if (preview == null) return;
        options = previewOptions;
        Dataset data = preview.dataset();
        RfmSpec spec = RfmSpec.detectLines(data).orElse(null);
        detected.set(spec != null);
        message.set(spec == null ? "" : describe(spec));
        if (spec == null) chosen.set(false);
        else if (chosen.get() && !Objects.equals(options, reportedFor)) countWholeFile();
    }

    static String describe(RfmSpec spec) {
        return "Dated invoice lines: customer " + spec.customerColumn()
                + (spec.invoiceColumn() == null ? "" : ", invoice " + spec.invoiceColumn())
                + ", date " + spec.dateColumn() + ", amount " + spec.describeAmount();
    }

    /** Reads the whole file and derives the figures as the import will, to show what the cleaning leaves out. */
    private void countWholeFile() {
        ImportOptions o = options;
        report.clear();
        problem.set(null);
        counting.set(true);
        // Through the analysis floor, so the lines are the ones 'archetype cluster --rfm' prints for the same file.
        AnalysisSpec spec = AnalysisSpec.of(file).withImportOptions(o).withRfm(true);
        reports.startLatest(runner, "Counting the invoice lines of " + ImportCoordinator.name(file),
                (progress, cancel) -> Analysis.derive(spec, service.read(file, o, progress, cancel), cancel).notes(),
                new JobCallbacks<List<String>>(lines -> {
                    counting.set(reports.busy());
                    reportedFor = o;
                    report.setAll(lines);
                }, e -> {
                    counting.set(reports.busy());
                    reportedFor = o;
                    report.clear();
                    problem.set("RFM cannot be derived: " + ImportMessages.describe(file, e));
                }, () -> counting.set(reports.busy())));
    }
}
