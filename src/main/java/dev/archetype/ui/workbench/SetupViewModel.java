package dev.archetype.ui.workbench;

import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.analysis.OpenedData;

import dev.archetype.core.cluster.Distance;
import dev.archetype.core.cluster.Init;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.MissingPolicy;
import dev.archetype.core.prep.Scaling;
import dev.archetype.core.transactions.DistanceAdvice;
import dev.archetype.ui.workbench.Formats;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * The set-up panel's state: which columns are features, how they are prepared, k and the k range for
 * comparison, restarts and seed; plus what the panel tells the user about those choices (rows affected by
 * dropping, the cosine suggestion, what is missing before a run can start).
 */
public final class SetupViewModel {
    /** Largest k the spinner and the range offer. */
    public static final int K_LIMIT = 30;
    /** Largest k the Compare k range offers. */
    public static final int RANGE_LIMIT = 20;

    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObservableList<FeatureChoice> features = FXCollections.observableArrayList(
            f -> new Observable[] {f.selectedProperty()});
    private final FilteredList<FeatureChoice> visibleFeatures = new FilteredList<>(features, f -> true);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<Scaling> scaling = new SimpleObjectProperty<>(this, "scaling", Scaling.ZSCORE);
    private final ObjectProperty<MissingPolicy> missing = new SimpleObjectProperty<>(this, "missing", MissingPolicy.MEAN);
    private final ObjectProperty<Distance> distance = new SimpleObjectProperty<>(this, "distance", Distance.EUCLIDEAN);
    // The defaults are the analysis floor's, so the window and the command line start from the same settings.
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", AnalysisSpec.DEFAULT_K);
    private final IntegerProperty kMin = new SimpleIntegerProperty(this, "kMin", AnalysisSpec.DEFAULT_K_MIN);
    private final IntegerProperty kMax = new SimpleIntegerProperty(this, "kMax", AnalysisSpec.DEFAULT_K_MAX);
    private final IntegerProperty restarts = new SimpleIntegerProperty(this, "restarts", AnalysisSpec.DEFAULT_RESTARTS);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", AnalysisSpec.DEFAULT_SEED);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ObjectProperty<Init> init = new SimpleObjectProperty<>(this, "init", KMeansOptions.defaults(1).init());
    private final IntegerProperty maxIterations = new SimpleIntegerProperty(this, "maxIterations", KMeansOptions.defaults(1).maxIterations());
    private final DoubleProperty tolerance = new SimpleDoubleProperty(this, "tolerance", KMeansOptions.defaults(1).tolerance());
    private List<String> featureOrder;
    private final ReadOnlyIntegerWrapper selectedCount = new ReadOnlyIntegerWrapper(this, "selectedCount");
    private final ReadOnlyStringWrapper missingNote = new ReadOnlyStringWrapper(this, "missingNote", "");
    private final ReadOnlyStringWrapper distanceNote = new ReadOnlyStringWrapper(this, "distanceNote", "");
    private final javafx.beans.property.BooleanProperty logSkewed = new SimpleBooleanProperty(this, "logSkewed", false);
    private final ReadOnlyStringWrapper skewNote = new ReadOnlyStringWrapper(this, "skewNote", "");
    private java.util.Map<String, Double> skewed = java.util.Map.of();
    private final ReadOnlyStringWrapper blocker = new ReadOnlyStringWrapper(this, "blocker", "Open a file to begin");
    private final ReadOnlyBooleanWrapper runnable = new ReadOnlyBooleanWrapper(this, "runnable");
    private final BooleanProperty distanceChosenByUser = new SimpleBooleanProperty(false);
    private final ObjectProperty<DistanceAdvice> advice = new SimpleObjectProperty<>(this, "advice");
    private boolean settingDistance;

    public SetupViewModel() {
        dataset.addListener((o, old, data) -> load(data));
        filterText.addListener((o, a, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            visibleFeatures.setPredicate(f -> needle.isEmpty() || f.name().toLowerCase(Locale.ROOT).contains(needle));
        });
        features.addListener((javafx.collections.ListChangeListener<FeatureChoice>) c -> selectionChanged());
        missing.addListener((o, a, b) -> refreshNotes());
        logSkewed.addListener((o, a, b) -> refreshNotes());
        distance.addListener((o, a, b) -> {
            if (!settingDistance) distanceChosenByUser.set(true);
            refreshNotes();
        });
        for (IntegerProperty p : List.of(k, kMin, kMax, restarts)) p.addListener((o, a, b) -> refreshBlocker());
        for (javafx.beans.Observable p : List.of(scaling, missing, distance, k, kMin, kMax, restarts, seed, init, maxIterations, tolerance, logSkewed)) {
            p.addListener(o -> revision.set(revision.get() + 1));
        }
        advice.addListener((o, old, now) -> {
            // Pivoted purchases share one scale (0/1, counts): z-scores would make the rarest items weigh most.
            if (now != null && old == null) scaling.set(Scaling.NONE);
            else if (now == null && old != null && scaling.get() == Scaling.NONE) scaling.set(Scaling.ZSCORE);
            selectionChanged();
        });
    }

    /**
     * The distance advice for data pivoted from transactions (cosine for a sparse customer × item matrix, with
     * the reason), or null for an ordinary table. While set, the item columns are clustered unscaled.
     */
    public ObjectProperty<DistanceAdvice> adviceProperty() { return advice; }

    /** Picks exactly {@code names} (the pivot's item columns) and nothing else. */
    public void selectOnly(List<String> names) {
        java.util.Set<String> wanted = new java.util.HashSet<>(names);
        for (FeatureChoice f : features) f.setSelected(wanted.contains(f.name()));
    }

    // ---- properties -------------------------------------------------------------------------------

    public ObjectProperty<Dataset> datasetProperty() { return dataset; }

    /** Every column of the data, in file order. */
    public ObservableList<FeatureChoice> features() { return features; }

    /** The columns matching {@link #filterTextProperty()}. */
    public ObservableList<FeatureChoice> visibleFeatures() { return visibleFeatures; }

    public StringProperty filterTextProperty() { return filterText; }

    public ObjectProperty<Scaling> scalingProperty() { return scaling; }

    public ObjectProperty<MissingPolicy> missingProperty() { return missing; }

    public ObjectProperty<Distance> distanceProperty() { return distance; }

    public IntegerProperty kProperty() { return k; }

    public IntegerProperty kMinProperty() { return kMin; }

    public IntegerProperty kMaxProperty() { return kMax; }

    public IntegerProperty restartsProperty() { return restarts; }

    public LongProperty seedProperty() { return seed; }

    /** Initialisation method (k-means++ unless a project says otherwise). */
    public ObjectProperty<Init> initProperty() { return init; }

    /** Lloyd iteration cap per restart. */
    public IntegerProperty maxIterationsProperty() { return maxIterations; }

    /** Convergence tolerance. */
    public DoubleProperty toleranceProperty() { return tolerance; }

    public ReadOnlyIntegerProperty selectedCountProperty() { return selectedCount.getReadOnlyProperty(); }

    /** What the missing-value choice means for this data ("Dropping rows leaves out 12 of 440 rows"). */
    public ReadOnlyStringProperty missingNoteProperty() { return missingNote.getReadOnlyProperty(); }

    /** The cosine suggestion, or "" when there is nothing to suggest. */
    public ReadOnlyStringProperty distanceNoteProperty() { return distanceNote.getReadOnlyProperty(); }

    /** Whether heavily skewed amount columns among the chosen ones are taken as log(1 + x) before scaling. */
    public javafx.beans.property.BooleanProperty logSkewedProperty() { return logSkewed; }

    /** Which chosen columns are heavily skewed amounts, and what the log choice does with them; "" when none are. */
    public ReadOnlyStringProperty skewNoteProperty() { return skewNote.getReadOnlyProperty(); }

    /** The chosen columns the log choice applies to (empty when it is off or none is skewed). */
    public List<String> loggedColumns() {
        if (!logSkewed.get()) return List.of();
        List<String> chosen = selectedColumns();
        return skewed.keySet().stream().filter(chosen::contains).toList();
    }

    /** Why no run can start yet ("Pick at least one feature"), or "" when one can. */
    public ReadOnlyStringProperty blockerProperty() { return blocker.getReadOnlyProperty(); }

    /** True when the choices make a valid run. */
    public ReadOnlyBooleanProperty runnableProperty() { return runnable.getReadOnlyProperty(); }

    // ---- commands ---------------------------------------------------------------------------------

    /** Picks every numeric measurement and nothing else. */
    public void selectAllNumeric() {
        for (FeatureChoice f : features) f.setSelected(f.numeric());
    }

    /** Unpicks everything. */
    public void selectNone() {
        for (FeatureChoice f : features) f.setSelected(false);
    }

    /**
     * The picked column names, in file order — or in the order {@link #applyFeatures} gave while the
     * picked set is still the one it applied.
     */
    public List<String> selectedColumns() {
        List<String> names = new ArrayList<>();
        for (FeatureChoice f : features) if (f.isSelected()) names.add(f.name());
        if (featureOrder != null && new HashSet<>(featureOrder).equals(new HashSet<>(names))) return List.copyOf(featureOrder);
        return names;
    }

    /**
     * Picks exactly {@code columns} (as when a saved project reopens), remembering their order.
     *
     * @throws IllegalArgumentException naming the columns the data lacks or that cannot be features
     */
    public void applyFeatures(List<String> columns) {
        List<String> unknown = new ArrayList<>(columns);
        for (FeatureChoice f : features) if (f.pickable()) unknown.remove(f.name());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("The data has no usable column " + String.join(", ", unknown.stream()
                    .map(c -> "\"" + c + "\"").toList()));
        }
        featureOrder = List.copyOf(columns);
        for (FeatureChoice f : features) f.setSelected(columns.contains(f.name()));
    }

    /**
     * Applies every choice of a run (features, scaling, missing values, distance, k, k range, restarts, seed,
     * initialisation, iterations, tolerance), e.g. from a saved project.
     *
     * @throws IllegalArgumentException when a feature column is not in the data
     */
    public void applyRun(FeatureSpec spec, KMeansOptions options, int rangeMin, int rangeMax) {
        applyFeatures(spec.columns());
        logSkewed.set(!spec.logged().isEmpty());
        scaling.set(spec.scaling());
        missing.set(spec.missing());
        distance.set(options.distance());
        init.set(options.init());
        maxIterations.set(options.maxIterations());
        tolerance.set(options.tolerance());
        restarts.set(options.adaptive() ? AnalysisSpec.AUTO_RESTARTS : options.restarts());
        seed.set(options.seed());
        kMax.set(Math.max(rangeMax, kMin.get()));
        kMin.set(rangeMin);
        kMax.set(rangeMax);
        k.set(options.k());
    }

    /**
     * Changes whenever a choice that shapes a run changes (features, preparation, distance, k, range, restarts,
     * seed), so views can tell that what they show was made with other settings.
     */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /** The analysis the panel describes for {@code opened}, with the panel's k. */
    public AnalysisSpec analysisSpec(OpenedData opened) {
        FeatureSpec f = featureSpec();
        return AnalysisSpec.of(opened).withFeatures(f.columns()).withScaling(f.scaling()).withMissing(f.missing())
                .withDistance(distance.get()).withK(k.get()).withRestarts(restarts.get()).withSeed(seed.get())
                .withIterationSettings(init.get(), maxIterations.get(), tolerance.get()).withLogFeatures(loggedColumns());
    }

    /** What to prepare, from the current choices. */
    public FeatureSpec featureSpec() {
        return new FeatureSpec(selectedColumns(), scaling.get(), missing.get());
    }

    /** The k-means options for {@code clusters}, from the current choices. */
    public KMeansOptions options(int clusters) {
        KMeansOptions base = restarts.get() == AnalysisSpec.AUTO_RESTARTS ? KMeansOptions.defaults(clusters).withAutoRestarts()
                : KMeansOptions.defaults(clusters).withRestarts(restarts.get());
        return base.withSeed(seed.get()).withDistance(distance.get())
                .withInit(init.get()).withMaxIterations(maxIterations.get()).withTolerance(tolerance.get());
    }

    // ---- internals --------------------------------------------------------------------------------

    private void load(Dataset data) {
        List<FeatureChoice> choices = new ArrayList<>();
        if (data != null) for (Column c : data.columns()) choices.add(FeatureChoice.of(c));
        skewed = data == null ? java.util.Map.of() : dev.archetype.core.analysis.Defaults.skewedAmounts(data, data.columnNames());
        logSkewed.set(false);
        filterText.set("");
        featureOrder = null;
        features.setAll(choices);
        settingDistance = true;
        distance.set(Distance.EUCLIDEAN);
        settingDistance = false;
        distanceChosenByUser.set(false);
        if (data != null) {
            int most = Math.max(2, Math.min(RANGE_LIMIT, data.rowCount()));
            if (kMax.get() > most) kMax.set(most);
            if (kMin.get() > kMax.get()) kMin.set(2);
            if (k.get() > data.rowCount()) k.set(Math.min(4, data.rowCount()));
        }
        selectionChanged();
    }

    private void selectionChanged() {
        selectedCount.set((int) features.stream().filter(FeatureChoice::isSelected).count());
        // The distance is never switched behind the user's back: the default is the analysis floor's (Euclidean,
        // as on the command line) and cosine is offered as a tip with its reason.
        revision.set(revision.get() + 1);
        refreshNotes();
    }

    private void refreshNotes() {
        Dataset data = dataset.get();
        List<String> chosen = selectedColumns();
        if (data == null || chosen.isEmpty()) {
            missingNote.set("");
        } else {
            int affected = dev.archetype.core.analysis.Defaults.rowsWithMissing(data, chosen);
            int rows = data.rowCount();
            if (affected == 0) missingNote.set("No missing values in the chosen columns.");
            else if (missing.get() == MissingPolicy.DROP_ROWS)
                missingNote.set("Dropping rows leaves out " + Formats.count(affected) + " of " + Formats.count(rows) + " rows.");
            else missingNote.set(Formats.count(affected) + " of " + Formats.count(rows) + " rows have a missing value; "
                        + (missing.get() == MissingPolicy.MEDIAN ? "the median" : "the mean") + " fills it in.");
        }
        boolean allFlags = !chosen.isEmpty() && features.stream().filter(FeatureChoice::isSelected).allMatch(FeatureChoice::zeroOne);
        if (!chosen.isEmpty() && advisedCosine()) {
            DistanceAdvice a = advice.get();
            distanceNote.set(distance.get() == Distance.COSINE ? a.reason()
                    : "Tip: cosine suggested. " + capitalised(a.reason().replaceFirst("^Cosine distance: ", "")));
        } else if (allFlags) {
            distanceNote.set(distance.get() == Distance.COSINE
                    ? "Cosine suggested: every chosen column is a 0/1 flag, so customers are compared by what they bought, not how much."
                    : "Tip: every chosen column is a 0/1 flag; cosine distance usually groups such purchase patterns better.");
        } else {
            distanceNote.set("");
        }
        List<String> skewedChosen = data == null || chosen.isEmpty() ? List.of() : skewed.keySet().stream().filter(chosen::contains).toList();
        if (skewedChosen.isEmpty()) {
            skewNote.set("");
        } else {
            String which = String.join(", ", skewedChosen.subList(0, Math.min(4, skewedChosen.size())))
                    + (skewedChosen.size() > 4 ? " and " + (skewedChosen.size() - 4) + " more" : "");
            skewNote.set(logSkewed.get() ? "Taking the log of " + which + "; profiles stay in original units."
                    : "Tip: " + which + (skewedChosen.size() == 1 ? " is" : " are") + " heavily skewed: a few large customers"
                    + " decide the clusters. Tick it to take the log.");
        }
        refreshBlocker();
    }

    /** Transactions advice says cosine and every chosen column is numeric (the pivot's items). */
    private boolean advisedCosine() {
        DistanceAdvice a = advice.get();
        return a != null && a.distance() == Distance.COSINE && selectedCount.get() > 0
                && features.stream().filter(FeatureChoice::isSelected).allMatch(FeatureChoice::numeric);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void refreshBlocker() {
        Dataset data = dataset.get();
        String why;
        if (data == null) why = "Open a file to begin";
        else if (data.rowCount() < 2) why = "The data needs at least two rows to cluster";
        else if (selectedCount.get() == 0) why = "Pick at least one feature";
        else if (k.get() < 1) why = "k must be at least 1";
        else if (k.get() > data.rowCount()) why = "k cannot exceed the " + Formats.count(data.rowCount()) + " rows";
        else if (kMin.get() > kMax.get()) why = "The k range is empty";
        else if (restarts.get() < 0) why = "Restarts must be auto or at least 1";
        else why = "";
        blocker.set(why);
        runnable.set(why.isEmpty());
    }
}
