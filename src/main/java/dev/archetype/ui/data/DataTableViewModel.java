package dev.archetype.ui.data;

import dev.archetype.core.data.Dataset;
import dev.archetype.ui.common.BackgroundJob;
import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.common.Formats;
import dev.archetype.ui.common.JobCallbacks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;

/**
 * State of the data table: the Dataset shown, the current row order and the summary line. Small tables
 * sort on the calling thread; large ones sort in the background and a newer sort supersedes an older one.
 */
public final class DataTableViewModel {
    /** Above this many rows a sort goes through the background runner. */
    static final int INLINE_SORT_LIMIT = 50_000;

    private final BackgroundRunner runner;
    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ReadOnlyObjectWrapper<int[]> rowOrder = new ReadOnlyObjectWrapper<>(this, "rowOrder");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper sorting = new ReadOnlyBooleanWrapper(this, "sorting");
    private final ObjectProperty<java.util.function.IntPredicate> rowFilter = new SimpleObjectProperty<>(this, "rowFilter");
    private List<SortKey> appliedKeys = List.of();
    private BackgroundJob sortJob;

    public DataTableViewModel(BackgroundRunner runner) {
        this.runner = runner;
        dataset.addListener((obs, old, now) -> {
            cancelSort();
            appliedKeys = List.of();
            rowOrder.set(null);
            rowFilter.set(null);
            summary.set(now == null ? "" : summaryOf(now));
        });
    }

    /** The Dataset on screen; the shell binds this to the opened file's data. */
    public ObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    /**
     * Which dataset rows the table shows (e.g. one cluster's members); null shows all. Cleared when the
     * Dataset changes.
     */
    public ObjectProperty<java.util.function.IntPredicate> rowFilterProperty() {
        return rowFilter;
    }

    /** Dataset row at each table position; null while in file order. */
    public ReadOnlyObjectProperty<int[]> rowOrderProperty() {
        return rowOrder.getReadOnlyProperty();
    }

    /** "440 rows × 8 columns · 0 missing". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sortingProperty() {
        return sorting.getReadOnlyProperty();
    }

    /** Sorts by {@code keys} (most significant first); an empty list restores file order. */
    public void sort(List<SortKey> keys) {
        Dataset data = dataset.get();
        List<SortKey> wanted = List.copyOf(keys);
        if (data == null || wanted.equals(appliedKeys)) return;
        cancelSort();
        appliedKeys = wanted;
        if (wanted.isEmpty()) {
            rowOrder.set(null);
            return;
        }
        if (data.rowCount() <= INLINE_SORT_LIMIT) {
            rowOrder.set(RowSorter.sortedOrder(data, wanted, (f, m) -> { }, () -> false));
            return;
        }
        sorting.set(true);
        BackgroundJob[] self = new BackgroundJob[1];
        self[0] = runner.run("Sorting " + Formats.count(data.rowCount()) + " rows",
                (progress, cancel) -> RowSorter.sortedOrder(data, wanted, progress, cancel),
                new JobCallbacks<>(order -> {
                    if (dataset.get() == data && appliedKeys.equals(wanted)) rowOrder.set(order);
                    sortEnded(self[0]);
                }, error -> sortEnded(self[0]), () -> sortEnded(self[0])));
        if (sorting.get()) sortJob = self[0];
    }

    private void sortEnded(BackgroundJob job) {
        if (sortJob == null || sortJob == job) {
            sortJob = null;
            sorting.set(false);
        }
    }

    private void cancelSort() {
        if (sortJob != null) {
            BackgroundJob job = sortJob;
            sortJob = null;
            sorting.set(false);
            job.cancel();
        }
    }

    static String summaryOf(Dataset data) {
        return Formats.count(data.rowCount(), "row", "rows") + " × "
                + Formats.count(data.columnCount(), "column", "columns") + " · "
                + Formats.count(data.missingCells()) + " missing";
    }
}
