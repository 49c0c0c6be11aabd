package dev.archetype.ui.workbench;

import dev.archetype.ui.common.FailureText;
import dev.archetype.core.analysis.Analysis;
import dev.archetype.core.analysis.AnalysisResult;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.analysis.OpenedData;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.profile.ClusterProfile;
import dev.archetype.core.profile.Projection;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import dev.archetype.core.transactions.AttributeRollup;
import dev.archetype.core.transactions.RollupGridRow;
import dev.archetype.core.transactions.TransactionData;
import dev.archetype.ui.common.JobSlot;
import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.common.JobCallbacks;
import dev.archetype.ui.workbench.SetupViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The clustering workbench: set-up choices, the Compare k and Cluster commands, and the results every
 * view shows (sweep, current clustering and its profile, archetype names, the selected k and the cluster
 * the data table is filtered to). Runs go through the {@link BackgroundRunner}; a new result replaces the
 * old one only when the run succeeds, a failure leaves the old result on screen with a short message.
 * Use on the FX thread.
 */
public final class WorkbenchViewModel {
    private final BackgroundRunner runner;
    private final SetupViewModel setup = new SetupViewModel();
    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ReadOnlyObjectWrapper<SweepRun> sweep = new ReadOnlyObjectWrapper<>(this, "sweep");
    private final ReadOnlyObjectWrapper<ClusterRun> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<ClusterProfile> profile = new ReadOnlyObjectWrapper<>(this, "profile");
    private final ObjectProperty<TransactionData> transactions = new SimpleObjectProperty<>(this, "transactions");
    private final ReadOnlyObjectWrapper<AttributeRollup> rollup = new ReadOnlyObjectWrapper<>(this, "rollup");
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObservableList<String> namesView = FXCollections.unmodifiableObservableList(names);
    private final ReadOnlyIntegerWrapper selectedK = new ReadOnlyIntegerWrapper(this, "selectedK", -1);
    private final IntegerProperty clusterFilter = new SimpleIntegerProperty(this, "clusterFilter", -1);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding canCompare;
    private final BooleanBinding canCluster;
    private final ObjectProperty<OpenedData> opened = new SimpleObjectProperty<>(this, "opened");
    private final ReadOnlyObjectWrapper<AnalysisResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyBooleanWrapper sweepStale = new ReadOnlyBooleanWrapper(this, "sweepStale");
    private final ReadOnlyStringWrapper runCaption = new ReadOnlyStringWrapper(this, "runCaption", "");
    private Analysis.Comparison comparison;
    private java.util.function.Predicate<String> confirmDropNames = question -> true;
    private boolean syncing;
    private final JobSlot jobs = new JobSlot();
    private int[] rowClusters = new int[0];
    private double[] rowDistances = new double[0];

    public WorkbenchViewModel(BackgroundRunner runner) {
        this.runner = runner;
        setup.datasetProperty().bind(dataset);
        // The opened file is one value; setting the data set alone (tests, older callers) makes a plain one of it.
        opened.addListener((o, old, now) -> {
            if (syncing) return;
            syncing = true;
            transactions.set(now == null ? null : now.pivot());
            dataset.set(now == null ? null : now.dataset());
            syncing = false;
        });
        dataset.addListener((o, old, data) -> {
            if (!syncing) {
                syncing = true;
                TransactionData td = transactions.get();
                opened.set(data == null ? null : td != null && td.dataset() == data
                        ? OpenedData.pivoted(Path.of(data.source()), ImportOptions.defaults(), null, td)
                        : OpenedData.table(Path.of(data.source()), ImportOptions.defaults(), data));
                syncing = false;
            }
        });
        dataset.addListener((o, old, data) -> clear());
        // after the set-up panel loaded the new columns: pick the pivot's items and pass on its distance advice
        dataset.addListener((o, old, data) -> applyTransactions());
        transactions.addListener((o, old, td) -> applyTransactions());
        setup.revisionProperty().addListener((o, a, b) -> refreshStale());
        canCompare = Bindings.createBooleanBinding(() -> setup.runnableProperty().get() && !busy.get()
                        && setup.kMaxProperty().get() >= 2 && setup.kMaxProperty().get() <= rowCount(),
                setup.runnableProperty(), busy, setup.kMaxProperty(), dataset);
        canCluster = Bindings.createBooleanBinding(() -> setup.runnableProperty().get() && !busy.get(),
                setup.runnableProperty(), busy);
    }

    private int rowCount() {
        return dataset.get() == null ? 0 : dataset.get().rowCount();
    }

    // ---- state ------------------------------------------------------------------------------------

    public SetupViewModel setup() { return setup; }

    /** The opened file (path, import options, pivot, data set); the window binds it to the file it opened. */
    public ObjectProperty<OpenedData> openedProperty() { return opened; }

    /**
     * The analysis on screen: the one result every view, the export and a saved project show, or null. Its
     * profile carries the names on screen.
     */
    public ReadOnlyObjectProperty<AnalysisResult> resultProperty() { return result.getReadOnlyProperty(); }

    /** True when the set-up panel no longer describes the result on screen: the views say "press Cluster". */
    public ReadOnlyBooleanProperty staleProperty() { return stale.getReadOnlyProperty(); }

    /** True when the Compare k on screen was run with other settings or another range. */
    public ReadOnlyBooleanProperty sweepStaleProperty() { return sweepStale.getReadOnlyProperty(); }

    /** Which run the views show, in one line ("k = 4 · 6 features · z-score · Euclidean · seed 0 · 10 restarts"). */
    public ReadOnlyStringProperty runCaptionProperty() { return runCaption.getReadOnlyProperty(); }

    /**
     * Asked (with the question) before a re-run drops names the user typed that match no group of the new
     * result; answering no keeps the result on screen. The window asks in a dialog; by default names are dropped.
     */
    public void setConfirmDropNames(java.util.function.Predicate<String> confirm) { this.confirmDropNames = confirm; }

    /** The data being clustered; the window binds it to the opened file. */
    public ObjectProperty<Dataset> datasetProperty() { return dataset; }

    /** The last successful Compare k, or null. */
    public ReadOnlyObjectProperty<SweepRun> sweepProperty() { return sweep.getReadOnlyProperty(); }

    /** The clustering on screen, or null. */
    public ReadOnlyObjectProperty<ClusterRun> currentProperty() { return current.getReadOnlyProperty(); }


    /** The profile of the current clustering with the user's names, or null. */
    public ReadOnlyObjectProperty<ClusterProfile> profileProperty() { return profile.getReadOnlyProperty(); }

    /**
     * The transactions the data was pivoted from (pivot, item attributes, distance advice), or null. Used only
     * while its dataset is the one being clustered; the window binds it to the opened file's pivot.
     */
    public ObjectProperty<TransactionData> transactionsProperty() { return transactions; }

    /**
     * The item-attribute roll-up of the clustering on screen (what each cluster's members took, as lifts
     * against everyone), or null when the data was not pivoted with an attribute table. Set before
     * {@link #currentProperty()} changes.
     */
    public ReadOnlyObjectProperty<AttributeRollup> rollupProperty() { return rollup.getReadOnlyProperty(); }

    /** The roll-up for an export (with {@link #names()} for the archetype names), or null; see {@link #rollupProperty()}. */
    public AttributeRollup rollup() { return rollup.get(); }

    /** The roll-up as grid rows, most telling first (the profile grid's and an export's attributes section); empty without one. */
    public List<RollupGridRow> rollupGrid() {
        AttributeRollup r = rollup.get();
        return r == null ? List.of() : r.gridMostTellingFirst();
    }

    /** The archetype names in cluster order (read-only; change them with {@link #rename}). */
    public ObservableList<String> names() { return namesView; }

    /** The k on screen, -1 when nothing is clustered. */
    public ReadOnlyIntegerProperty selectedKProperty() { return selectedK.getReadOnlyProperty(); }

    /** The cluster the data table shows (0-based), -1 for all rows. */
    public IntegerProperty clusterFilterProperty() { return clusterFilter; }

    /** True while a Compare k or Cluster run is in progress. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** The last run's failure in one short sentence, "" when the last run succeeded. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public BooleanBinding canCompareProperty() { return canCompare; }

    public BooleanBinding canClusterProperty() { return canCluster; }

    /** The cluster of a dataset row (0-based), -1 when nothing is clustered or the row was left out. */
    public int clusterOfRow(int datasetRow) {
        return datasetRow < rowClusters.length ? rowClusters[datasetRow] : -1;
    }

    /** The dataset rows of one cluster, ascending; empty when nothing is clustered. */
    public int[] rowsOfCluster(int cluster) {
        int n = 0;
        for (int c : rowClusters) if (c == cluster) n++;
        int[] rows = new int[n];
        int i = 0;
        for (int r = 0; r < rowClusters.length; r++) if (rowClusters[r] == cluster) rows[i++] = r;
        return rows;
    }

    /** The distance of a dataset row to its cluster centre, NaN when not clustered. */
    public double distanceOfRow(int datasetRow) {
        return datasetRow < rowDistances.length ? rowDistances[datasetRow] : Double.NaN;
    }

    /** The archetype name of a dataset row, "" when not clustered. */
    public String archetypeOfRow(int datasetRow) {
        int c = clusterOfRow(datasetRow);
        return c < 0 || c >= names.size() ? "" : names.get(c);
    }

    // ---- commands ---------------------------------------------------------------------------------

    /**
     * Compares k over the panel's range and shows the clustering with the panel's k (never another k: the
     * recommendation is offered, see {@link #useRecommendedK()}), carrying the comparison for the export.
     */
    public void compareK() {
        if (!canCompare.get()) return;
        OpenedData file = opened.get();
        AnalysisSpec spec = setup.analysisSpec(file).withKRange(Math.max(1, setup.kMinProperty().get()),
                Math.min(setup.kMaxProperty().get(), file.dataset().rowCount()));
        start("Comparing k = " + spec.kMin() + "–" + spec.kMax(), (progress, cancel) -> {
            Analysis.Comparison c = Analysis.sweep(spec, file, threads(), (f, m) -> progress.progress(f < 0 ? f : f * 0.85, m), cancel);
            AnalysisResult r = Analysis.run(c.ranSpec(), file, c, threads(), (f, m) -> progress.progress(f < 0 ? f : 0.85 + f * 0.15, m), cancel);
            return new Outcome(r, Projection.of(r.matrix()), c);
        }, this::show);
    }

    /** Clusters with the panel's k; a Compare k of the same settings is carried along (no rerun). */
    public void cluster() {
        if (!canCluster.get()) return;
        OpenedData file = opened.get();
        AnalysisSpec base = setup.analysisSpec(file);
        Analysis.Comparison c = comparison;
        AnalysisSpec spec = c != null && c.ranSpec().withK(base.k()).sameComparison(base.withKRange(c.ranSpec().kMin(), c.ranSpec().kMax()))
                ? base.withKRange(c.ranSpec().kMin(), c.ranSpec().kMax()) : base;
        Analysis.Comparison reuse = spec.compares() ? c : null;
        start("Clustering with k = " + spec.k(), (progress, cancel) -> {
            AnalysisResult r = Analysis.run(spec, file, reuse, threads(), progress, cancel);
            return new Outcome(r, Projection.of(r.matrix()), reuse);
        }, this::show);
    }

    /**
     * Runs a whole analysis as given (a reopened project: its comparison over k when it has a range, then its k,
     * named as saved) on the opened file; the set-up panel is expected to show the same choices.
     */
    public void run(AnalysisSpec spec) {
        OpenedData file = opened.get();
        if (file == null || busy.get()) return;
        AnalysisSpec onFile = spec.withSource(file.path());
        start("Running the saved analysis", (progress, cancel) -> {
            Analysis.Comparison c = onFile.compares()
                    ? Analysis.sweep(onFile, file, threads(), (f, m) -> progress.progress(f < 0 ? f : f * 0.85, m), cancel) : null;
            AnalysisResult r = Analysis.run(c == null ? onFile : c.ranSpec().withK(onFile.k()).withNames(onFile.names()), file, c, threads(),
                    (f, m) -> progress.progress(f < 0 ? f : (c == null ? f : 0.85 + f * 0.15), m), cancel);
            return new Outcome(r, Projection.of(r.matrix()), c);
        }, this::show);
    }

    /**
     * Shows archetypes fitted elsewhere (a Spark project) on the opened sample of their data, without clustering it:
     * the engine's names and figures, each sample row labelled by its model.
     */
    public void showFitted(AnalysisSpec spec, dev.archetype.core.model.FittedModel model, dev.archetype.core.model.FittedProfile stats) {
        OpenedData file = opened.get();
        if (file == null || busy.get()) return;
        AnalysisSpec onFile = spec.withSource(file.path());
        start("Opening the archetypes fitted by " + stats.engine(), (progress, cancel) -> {
            AnalysisResult r = Analysis.fitted(onFile, file, model, stats, threads(), cancel);
            return new Outcome(r, Projection.of(r.matrix()), null);
        }, this::show);
    }

    /** Shows the clustering for {@code k}: the panel's k follows and the analysis runs with it. */
    public void selectK(int k) {
        if (k < 1 || (k == selectedK.get() && current.get() != null && !stale.get())) return;
        setup.kProperty().set(k);
        cluster();
    }

    /** Sets the panel's k to the recommended one of the Compare k on screen and clusters with it. */
    public void useRecommendedK() {
        SweepRun s = sweep.get();
        if (s != null) selectK(s.result().recommendedK());
    }

    /** Renames an archetype; blank restores the drafted name, duplicates get " (2)". Carried to every view. */
    public void rename(int cluster, String name) {
        ClusterProfile p = profile.get();
        if (p == null || cluster < 0 || cluster >= p.k()) return;
        List<String> wanted = new ArrayList<>(names);
        wanted.set(cluster, name);
        List<String> blanksRestored = new ArrayList<>(wanted);
        ClusterProfile drafted = current.get().profile();
        for (int c = 0; c < blanksRestored.size(); c++) {
            String n = blanksRestored.get(c);
            if (n == null || n.isBlank()) blanksRestored.set(c, drafted.archetype(c).name());
        }
        ClusterProfile renamed = drafted.withNames(blanksRestored);
        profile.set(renamed);
        names.setAll(renamed.names());
        AnalysisResult r = result.get();
        if (r != null) result.set(r.withNames(renamed.names()));
    }

    /** Filters the data table to one cluster's members (-1 shows all rows). */
    public void showCluster(int cluster) {
        ClusterProfile p = profile.get();
        clusterFilter.set(p == null || cluster < 0 || cluster >= p.k() ? -1 : cluster);
    }

    /** Cancels the running job, if any. */
    public void cancel() {
        jobs.cancel();
    }

    // ---- internals --------------------------------------------------------------------------------

    /** What a background run hands to the FX thread: the result, its projection and the comparison it used. */
    private record Outcome(AnalysisResult result, Projection projection, Analysis.Comparison comparison) { }

    private interface Step {
        Outcome call(ProgressListener progress, Cancellation cancel) throws Exception;
    }

    private void start(String title, Step work, java.util.function.Consumer<Outcome> onSuccess) {
        busy.set(true);
        OpenedData startedOn = opened.get();
        jobs.start(runner, title, work::call, new JobCallbacks<Outcome>(out -> {
            busy.set(jobs.busy());
            if (opened.get() != startedOn) return; // another file was opened meanwhile
            error.set("");
            onSuccess.accept(out);
        }, failure -> {
            busy.set(jobs.busy());
            error.set(title + " failed: " + shortMessage(failure));
        }, () -> busy.set(jobs.busy())));
        busy.set(jobs.busy());
    }

    private static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    static String shortMessage(Throwable t) {
        return FailureText.of(t);
    }

    /** The pivot behind {@code data}, or null when {@code data} was not pivoted from transactions. */
    private TransactionData pivotOf(Dataset data) {
        OpenedData file = opened.get();
        return file != null && file.dataset() == data ? file.pivot() : null;
    }


    private void applyTransactions() {
        TransactionData td = pivotOf(dataset.get());
        if (td != null && setup.adviceProperty().get() == td.advice()) return;
        if (td != null) setup.selectOnly(td.features());
        setup.adviceProperty().set(td == null ? null : td.advice());
    }

    private void show(Outcome out) {
        AnalysisResult r = keepNames(out.result());
        if (r == null) return; // the user kept the names and the result on screen
        if (out.comparison() != null) {
            comparison = out.comparison();
            sweep.set(new SweepRun(r.data(), out.comparison().matrix(), out.projection(), out.comparison().sweep()));
        }
        ClusterRun run = new ClusterRun(r.data(), r.matrix(), out.projection(), r.clustering(), r.drafted());
        rollup.set(r.rollup());
        clusterFilter.set(-1);
        rowClusters = run.clusterPerDatasetRow();
        rowDistances = run.distancePerDatasetRow();
        // names and profile first: views rebuilt on current read them
        result.set(r);
        profile.set(r.profile());
        names.setAll(r.profile().names());
        current.set(run);
        selectedK.set(r.clustering().k());
        setup.kProperty().set(r.clustering().k());
        refreshStale();
    }

    /**
     * The new result with the names the user typed on the old one carried over, to the new cluster whose centre
     * is nearest (in original units) — or null when names would be lost and the user declined.
     */
    private AnalysisResult keepNames(AnalysisResult next) {
        AnalysisResult old = result.get();
        if (old == null || next.spec().names().isEmpty() && userNames(old).isEmpty()) return next;
        java.util.Map<Integer, String> typed = userNames(old);
        if (typed.isEmpty()) return next;
        int[] match = NameMatching.match(old, next);
        List<String> carried = new ArrayList<>(java.util.Collections.nCopies(next.clustering().k(), (String) null));
        List<String> lost = new ArrayList<>();
        typed.forEach((c, name) -> {
            if (match[c] >= 0) carried.set(match[c], name); else lost.add(name);
        });
        if (!lost.isEmpty() && !confirmDropNames.test(lost.size() == 1
                ? "The name \"" + lost.get(0) + "\" matches no group of the new result. Drop it?"
                : "The names " + String.join(", ", lost.stream().map(n -> "\"" + n + "\"").toList())
                  + " match no group of the new result. Drop them?")) {
            return null;
        }
        return next.withNames(carried);
    }

    /** The names the user typed (cluster → name), i.e. those differing from the drafted ones. */
    private static java.util.Map<Integer, String> userNames(AnalysisResult r) {
        java.util.Map<Integer, String> typed = new java.util.LinkedHashMap<>();
        for (int c = 0; c < r.clustering().k(); c++) {
            String shown = r.profile().archetype(c).name();
            if (!shown.equals(r.drafted().archetype(c).name())) typed.put(c, shown);
        }
        return typed;
    }

    private void refreshStale() {
        AnalysisResult r = result.get();
        OpenedData file = opened.get();
        if (r == null || file == null) {
            stale.set(false);
            sweepStale.set(false);
            runCaption.set("");
            return;
        }
        AnalysisSpec now;
        try {
            now = setup.analysisSpec(file);
        } catch (RuntimeException e) {
            now = null; // a half-typed value: the panel cannot describe a run yet
        }
        stale.set(now == null || !now.sameClustering(r.spec()));
        Analysis.Comparison c = comparison;
        sweepStale.set(sweep.get() != null && (c == null || now == null
                || !c.spec().sameComparison(now.withKRange(setup.kMinProperty().get(), setup.kMaxProperty().get()).withK(c.spec().k()))));
        runCaption.set(RunCaption.of(r));
    }

    private void clear() {
        jobs.cancel();
        sweep.set(null);
        comparison = null;
        result.set(null);
        stale.set(false);
        sweepStale.set(false);
        runCaption.set("");
        current.set(null);
        profile.set(null);
        rollup.set(null);
        names.clear();
        rowClusters = new int[0];
        rowDistances = new double[0];
        selectedK.set(-1);
        clusterFilter.set(-1);
        error.set("");
    }
}
