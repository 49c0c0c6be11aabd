package dev.archetype.ui.assign;

import dev.archetype.core.analysis.Analysis;
import dev.archetype.core.analysis.AnalysisResult;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.analysis.OpenedData;
import dev.archetype.core.analysis.ScoredResult;
import dev.archetype.core.io.FileFormat;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.Importer;
import dev.archetype.core.model.Scoring;
import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.common.DialogService;
import dev.archetype.ui.common.FailureText;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * File ▸ Assign New Customers…: labels the rows of another file with the archetypes on screen, prepared as the
 * fit's rows were (never re-clustered), and keeps the outcome for the dialog that shows the counts, the unusual
 * rows and the labeled rows, and exports them. Use on the FX thread.
 */
public final class AssignViewModel {
    /** One row of the scored file as the dialog lists it. */
    public record ScoredRow(int row, String customer, String archetype, double distance, boolean unusual) { }

    /** One archetype's count among the scored rows. */
    public record Count(int cluster, String archetype, int rows, double share) { }

    private static final List<DialogService.FileFilter> FILTERS = List.of(
            new DialogService.FileFilter("Spreadsheets and CSV", List.of("*.csv", "*.tsv", "*.txt", "*.xlsx", "*.xls")),
            new DialogService.FileFilter("All files", List.of("*.*")));

    private final ObservableValue<AnalysisResult> fit;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<ScoredResult> scored = new ReadOnlyObjectWrapper<>(this, "scored");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanBinding canAssign;

    public AssignViewModel(ObservableValue<AnalysisResult> fit, BackgroundRunner runner, DialogService dialogs) {
        this.fit = fit;
        this.runner = runner;
        this.dialogs = dialogs;
        canAssign = Bindings.createBooleanBinding(() -> fit.getValue() != null && !busy.get(), fit, busy);
    }

    /** True when archetypes are on screen and no assignment is running. */
    public BooleanBinding canAssignProperty() { return canAssign; }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** The last assignment, or null; the dialog opens when it is set. */
    public ReadOnlyObjectProperty<ScoredResult> scoredProperty() { return scored.getReadOnlyProperty(); }

    /** Asks for the file, then assigns its rows. */
    public void chooseAndAssign() {
        if (!canAssign.get()) return;
        AnalysisResult f = fit.getValue();
        Optional<Path> folder = Optional.ofNullable(f.spec().source().toAbsolutePath().getParent());
        dialogs.chooseFileToOpen("Assign new customers to the archetypes", folder, FILTERS).ifPresent(this::assign);
    }

    /** Assigns every row of {@code file} (pivoted as the fit's data was) to its nearest archetype, in the background. */
    public void assign(Path file) {
        AnalysisResult f = fit.getValue();
        if (f == null || busy.get()) return;
        busy.set(true);
        runner.run("Assigning " + file.getFileName(), (progress, cancel) -> {
            AnalysisSpec spec = AnalysisSpec.of(file).withImportOptions(importOptions(file, f.spec().importOptions().sheet()))
                    .withPivot(f.spec().pivot()).withRfm(f.spec().rfm());
            OpenedData opened = Analysis.open(spec, progress, cancel);
            return ScoredResult.of(f, opened, cancel);
        }, result -> {
            busy.set(false);
            scored.set(result);
        }, error -> {
            busy.set(false);
            dialogs.showError("Could not assign " + file.getFileName(), FailureText.of(error));
        });
    }

    /** The fit's sheet when the new file is a workbook that has it (the same report of a later month), else detection. */
    static ImportOptions importOptions(Path file, String fitSheet) throws Exception {
        if (fitSheet == null || Importer.detect(file) == FileFormat.CSV) return ImportOptions.defaults();
        return Importer.sheetNames(file).contains(fitSheet) ? ImportOptions.defaults().withSheet(fitSheet) : ImportOptions.defaults();
    }

    /** Rows per archetype, in cluster order. */
    public static List<Count> counts(ScoredResult s) {
        Scoring.Scored sc = s.scored();
        int assigned = sc.rows() - sc.unassigned();
        List<Count> out = new ArrayList<>();
        for (int c = 0; c < s.model().k(); c++) {
            out.add(new Count(c + 1, s.model().names().get(c), sc.counts()[c], assigned == 0 ? 0 : (double) sc.counts()[c] / assigned));
        }
        return out;
    }

    /** Every scored row, or only the unusual ones. */
    public static List<ScoredRow> rows(ScoredResult s, boolean unusualOnly) {
        Scoring.Scored sc = s.scored();
        List<ScoredRow> out = new ArrayList<>();
        for (int r = 0; r < sc.rows(); r++) {
            if (unusualOnly && !sc.unusual()[r]) continue;
            int c = sc.clusters()[r];
            String customer = s.customerIds() != null ? s.customerIds().get(r) : firstText(s, r);
            out.add(new ScoredRow(r + 1, customer, c < 0 ? "(not assigned)" : s.model().names().get(c), sc.distances()[r], sc.unusual()[r]));
        }
        return out;
    }

    /** One line for the dialog's head: "Assigned 120 rows of may.csv: 3 unusual, 2 not assigned". */
    public static String summary(ScoredResult s) {
        Scoring.Scored sc = s.scored();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Assigned %,d rows of %s to %d archetypes", sc.rows() - sc.unassigned(),
                s.source().getFileName(), s.model().k()));
        b.append(String.format(Locale.ROOT, "; %,d unusual (farther from their archetype than 99%% of the customers it was found on)", sc.unusualCount()));
        if (sc.unassigned() > 0) b.append(String.format(Locale.ROOT, "; %,d not assigned", sc.unassigned()));
        return b.toString();
    }

    /** A row's first column, to recognise it by (an id or a name, in most files). */
    private static String firstText(ScoredResult s, int row) {
        var data = s.opened().dataset();
        return data.columnCount() == 0 ? "" : data.column(0).format(row);
    }
}
