package dev.archetype.ui.workbench;

import dev.archetype.ui.common.FailureText;
import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.cluster.KMeans;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.cluster.KResult;
import dev.archetype.core.cluster.KSweep;
import dev.archetype.core.cluster.SweepResult;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.Preparer;
import dev.archetype.core.profile.ClusterProfile;
import dev.archetype.core.profile.Projection;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import dev.archetype.core.transactions.AttributeRollup;
import dev.archetype.core.transactions.RollupGridRow;
import dev.archetype.core.transactions.TransactionData;
import dev.archetype.ui.common.BackgroundJob;
import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.common.JobCallbacks;
import dev.archetype.ui.workbench.setup.SetupViewModel;
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
    private final ReadOnlyObjectWrapper<RunSettings> currentSettings = new ReadOnlyObjectWrapper<>(this, "currentSettings");
    private RunSettings sweepSettings;
    private BackgroundJob job;
    private int[] rowClusters = new int[0];
    private double[] rowDistances = new double[0];

    public WorkbenchViewModel(BackgroundRunner runner) {
        this.runner = runner;
        setup.datasetProperty().bind(dataset);
        dataset.addListener((o, old, data) -> clear());
        // after the set-up panel loaded the new columns: pick the pivot's items and pass on its distance advice
        dataset.addListener((o, old, data) -> applyTransactions());
        transactions.addListener((o, old, td) -> applyTransactions());
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

    /** The data being clustered; the window binds it to the opened file. */
    public ObjectProperty<Dataset> datasetProperty() { return dataset; }

    /** The last successful Compare k, or null. */
    public ReadOnlyObjectProperty<SweepRun> sweepProperty() { return sweep.getReadOnlyProperty(); }

    /** The clustering on screen, or null. */
    public ReadOnlyObjectProperty<ClusterRun> currentProperty() { return current.getReadOnlyProperty(); }

    /** What the clustering on screen was computed with (features, options, k range), or null. */
    public ReadOnlyObjectProperty<RunSettings> currentSettingsProperty() { return currentSettings.getReadOnlyProperty(); }

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

    /** Runs the sweep over the k range; on success shows the recommended k. */
    public void compareK() {
        if (!canCompare.get()) return;
        Dataset data = dataset.get();
        FeatureSpec spec = setup.featureSpec();
        int kMin = Math.max(1, setup.kMinProperty().get());
        int kMax = Math.min(setup.kMaxProperty().get(), data.rowCount());
        KMeansOptions base = setup.options(kMin);
        TransactionData td = pivotOf(data);
        start("Comparing k = " + kMin + "–" + kMax, (progress, cancel) -> {
            progress.progress(-1, "preparing features");
            FeatureMatrix matrix = Preparer.prepare(data, spec);
            cancel.check();
            SweepResult result = KSweep.run(matrix, kMin, kMax, base, progress, cancel);
            Projection projection = Projection.of(matrix);
            KResult chosen = result.result(result.recommendedK());
            Object[] profiled = profile(td, data, matrix, chosen.clustering());
            return new Object[] {new SweepRun(data, matrix, projection, result),
                    new ClusterRun(data, matrix, projection, chosen.clustering(), (ClusterProfile) profiled[0]), profiled[1]};
        }, out -> {
            sweep.set((SweepRun) out[0]);
            ClusterRun shown = (ClusterRun) out[1];
            sweepSettings = new RunSettings(spec, base.withK(shown.clustering().k()), kMin, kMax);
            show(shown, sweepSettings, (AttributeRollup) out[2]);
        });
    }

    /** Clusters with the k of the set-up panel. */
    public void cluster() {
        if (!canCluster.get()) return;
        Dataset data = dataset.get();
        FeatureSpec spec = setup.featureSpec();
        KMeansOptions options = setup.options(setup.kProperty().get());
        TransactionData td = pivotOf(data);
        start("Clustering with k = " + options.k(), (progress, cancel) -> {
            progress.progress(-1, "preparing features");
            FeatureMatrix matrix = Preparer.prepare(data, spec);
            Clustering clustering = KMeans.run(matrix, options, progress, cancel);
            Projection projection = Projection.of(matrix);
            Object[] profiled = profile(td, data, matrix, clustering);
            return new Object[] {new ClusterRun(data, matrix, projection, clustering, (ClusterProfile) profiled[0]), profiled[1]};
        }, out -> {
            SweepRun s = sweep.get();
            RunSettings range = s != null && s.data() == data ? sweepSettings : null;
            boolean inRange = range != null && options.k() >= range.kMin() && options.k() <= range.kMax();
            show((ClusterRun) out[0], inRange ? new RunSettings(spec, options, range.kMin(), range.kMax())
                    : new RunSettings(spec, options, options.k(), options.k()), (AttributeRollup) out[1]);
        });
    }

    /**
     * Shows the clustering for {@code k}: from the last sweep when it has that k (no rerun), otherwise by
     * clustering with that k. The set-up panel's k follows.
     */
    public void selectK(int k) {
        if (k < 1 || (k == selectedK.get() && current.get() != null)) return;
        SweepRun s = sweep.get();
        KResult r = s == null || s.data() != dataset.get() ? null : s.result().result(k);
        setup.kProperty().set(k);
        if (r == null) {
            cluster();
            return;
        }
        TransactionData td = pivotOf(s.data());
        start("Profiling k = " + k, (progress, cancel) -> {
            Object[] profiled = profile(td, s.data(), s.matrix(), r.clustering());
            return new Object[] {new ClusterRun(s.data(), s.matrix(), s.projection(), r.clustering(), (ClusterProfile) profiled[0]),
                    profiled[1]};
        }, out -> show((ClusterRun) out[0], sweepSettings == null ? null : sweepSettings.withK(k), (AttributeRollup) out[1]));
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
    }

    /** Filters the data table to one cluster's members (-1 shows all rows). */
    public void showCluster(int cluster) {
        ClusterProfile p = profile.get();
        clusterFilter.set(p == null || cluster < 0 || cluster >= p.k() ? -1 : cluster);
    }

    /** Cancels the running job, if any. */
    public void cancel() {
        if (job != null) job.cancel();
    }

    // ---- internals --------------------------------------------------------------------------------

    private interface Step {
        Object[] call(ProgressListener progress, Cancellation cancel) throws Exception;
    }

    private void start(String title, Step work, java.util.function.Consumer<Object[]> onSuccess) {
        busy.set(true);
        Dataset startedOn = dataset.get();
        BackgroundJob[] self = new BackgroundJob[1];
        BackgroundJob started = runner.run(title, work::call, new JobCallbacks<Object[]>(out -> {
            ended(self[0]);
            if (dataset.get() != startedOn) return; // another file was opened meanwhile
            error.set("");
            onSuccess.accept(out);
        }, failure -> {
            ended(self[0]);
            error.set(title + " failed: " + shortMessage(failure));
        }, () -> ended(self[0])));
        self[0] = started;
        if (busy.get()) job = started;
    }

    private void ended(BackgroundJob finished) {
        if (job == null || job == finished) {
            job = null;
            busy.set(false);
        }
    }

    static String shortMessage(Throwable t) {
        return FailureText.of(t);
    }

    /** The pivot behind {@code data}, or null when {@code data} was not pivoted from transactions. */
    private TransactionData pivotOf(Dataset data) {
        TransactionData td = transactions.get();
        return td != null && data != null && td.dataset() == data ? td : null;
    }

    /**
     * The drafted profile and the roll-up (or null): pivoted purchases with item attributes are named from the
     * roll-up ("Pinot Noir lovers"), which says more than which item columns are high.
     */
    private static Object[] profile(TransactionData td, Dataset data, FeatureMatrix matrix, Clustering clustering) {
        if (td == null || td.attributes() == null) return new Object[] {ClusterProfile.of(data, matrix, clustering), null};
        AttributeRollup r = td.rollup(matrix, clustering);
        return new Object[] {ClusterProfile.of(data, matrix, clustering).withNames(r.names()), r};
    }

    private void applyTransactions() {
        TransactionData td = pivotOf(dataset.get());
        if (td != null && setup.adviceProperty().get() == td.advice()) return;
        if (td != null) setup.selectOnly(td.features());
        setup.adviceProperty().set(td == null ? null : td.advice());
    }

    private void show(ClusterRun run, RunSettings settings, AttributeRollup attributes) {
        rollup.set(attributes);
        clusterFilter.set(-1);
        currentSettings.set(settings);
        rowClusters = run.clusterPerDatasetRow();
        rowDistances = run.distancePerDatasetRow();
        // names and profile first: views rebuilt on current read them
        profile.set(run.profile());
        names.setAll(run.profile().names());
        current.set(run);
        selectedK.set(run.clustering().k());
        setup.kProperty().set(run.clustering().k());
    }

    private void clear() {
        if (job != null) job.cancel();
        sweep.set(null);
        sweepSettings = null;
        currentSettings.set(null);
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
