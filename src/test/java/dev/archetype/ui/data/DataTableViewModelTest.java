package dev.archetype.ui.data;

import dev.archetype.core.data.Dataset;
import dev.archetype.ui.common.ManualRunner;
import dev.archetype.ui.common.SameThreadRunner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DataTableViewModelTest {

    @Test
    void summaryCountsRowsColumnsAndMissingCells() {
        DataTableViewModel vm = new DataTableViewModel(new SameThreadRunner());
        vm.datasetProperty().set(TestData.customers());
        // One missing Region, one missing Spend.
        assertThat(vm.summaryProperty().get()).isEqualTo("5 rows × 5 columns · 2 missing");
        vm.datasetProperty().set(TestData.countdown(1_234_567));
        assertThat(vm.summaryProperty().get()).isEqualTo("1,234,567 rows × 2 columns · 0 missing");
    }

    @Test
    void smallTablesSortImmediatelyWithoutABackgroundJob() {
        SameThreadRunner runner = new SameThreadRunner();
        DataTableViewModel vm = new DataTableViewModel(runner);
        vm.datasetProperty().set(TestData.customers());
        vm.sort(List.of(new SortKey(3, true)));
        assertThat(vm.rowOrderProperty().get()).containsExactly(1, 4, 0, 2, 3);
        assertThat(runner.jobsRun()).isZero();
        vm.sort(List.of());
        assertThat(vm.rowOrderProperty().get()).isNull();
    }

    @Test
    void bigTablesSortInTheBackgroundAndShowTheResultWhenDone() {
        ManualRunner runner = new ManualRunner();
        DataTableViewModel vm = new DataTableViewModel(runner);
        int n = DataTableViewModel.INLINE_SORT_LIMIT + 10;
        vm.datasetProperty().set(TestData.countdown(n));
        vm.sort(List.of(new SortKey(0, true)));
        assertThat(vm.sortingProperty().get()).isTrue();
        assertThat(vm.rowOrderProperty().get()).isNull();
        runner.runAll();
        assertThat(vm.sortingProperty().get()).isFalse();
        int[] order = vm.rowOrderProperty().get();
        assertThat(order[0]).isEqualTo(n - 1);
        assertThat(order[n - 1]).isZero();
    }

    @Test
    void aFailedSortGoesBackToFileOrderAndIsReported() {
        List<Throwable> reported = new java.util.ArrayList<>();
        dev.archetype.ui.common.BackgroundRunner failing = new dev.archetype.ui.common.BackgroundRunner() {
            @Override
            public <T> dev.archetype.ui.common.BackgroundJob run(String title, dev.archetype.ui.common.Work<T> work,
                                                                 dev.archetype.ui.common.JobCallbacks<T> callbacks) {
                callbacks.onFailure().accept(new OutOfMemoryError("Java heap space"));
                return null;
            }

            @Override
            public javafx.beans.property.ReadOnlyObjectProperty<dev.archetype.ui.common.BackgroundJob> activeJobProperty() {
                return new javafx.beans.property.SimpleObjectProperty<>();
            }
        };
        DataTableViewModel vm = new DataTableViewModel(failing, reported::add);
        vm.datasetProperty().set(TestData.countdown(DataTableViewModel.INLINE_SORT_LIMIT + 10));
        vm.sort(List.of(new SortKey(0, true)));
        assertThat(vm.rowOrderProperty().get()).as("file order, not a stale one").isNull();
        assertThat(vm.sortResetsProperty().get()).isEqualTo(1);
        assertThat(vm.sortingProperty().get()).isFalse();
        assertThat(reported).singleElement().isInstanceOf(OutOfMemoryError.class);
        vm.sort(List.of(new SortKey(0, true)));
        assertThat(reported).as("the same sort can be asked again").hasSize(2);
    }

    @Test
    void aNewerSortCancelsTheOlderOne() {
        ManualRunner runner = new ManualRunner();
        DataTableViewModel vm = new DataTableViewModel(runner);
        int n = DataTableViewModel.INLINE_SORT_LIMIT + 10;
        vm.datasetProperty().set(TestData.countdown(n));
        vm.sort(List.of(new SortKey(0, true)));
        vm.sort(List.of(new SortKey(0, false)));
        runner.runAll();
        int[] order = vm.rowOrderProperty().get();
        assertThat(order[0]).isZero();
        assertThat(vm.sortingProperty().get()).isFalse();
    }

    @Test
    void newDataResetsTheSortAndAPendingSortIsDropped() {
        ManualRunner runner = new ManualRunner();
        DataTableViewModel vm = new DataTableViewModel(runner);
        vm.datasetProperty().set(TestData.countdown(DataTableViewModel.INLINE_SORT_LIMIT + 10));
        vm.sort(List.of(new SortKey(0, true)));
        Dataset other = TestData.customers();
        vm.datasetProperty().set(other);
        runner.runAll();
        assertThat(vm.rowOrderProperty().get()).isNull();
        assertThat(vm.summaryProperty().get()).startsWith("5 rows");
    }

    @Test
    void aRowFilterShowsOnlyThoseRowsKeepingTheSort() {
        DataTableViewModel vm = new DataTableViewModel(new SameThreadRunner());
        vm.datasetProperty().set(TestData.customers());
        vm.sort(List.of(new SortKey(2, false))); // Spend descending: 3, 0, 2, 4, missing 1
        int version = vm.rowSetVersion();
        vm.setRowFilter(new int[] {0, 1, 4});
        assertThat(vm.rowOrderProperty().get()).containsExactly(0, 4, 1);
        assertThat(vm.rowSetVersion()).isGreaterThan(version);
        assertThat(vm.summaryProperty().get()).isEqualTo("3 of 5 rows × 5 columns · 2 missing");
        vm.sort(List.of());
        assertThat(vm.rowOrderProperty().get()).containsExactly(0, 1, 4);
        vm.setRowFilter(null);
        assertThat(vm.rowOrderProperty().get()).isNull();
        assertThat(vm.summaryProperty().get()).startsWith("5 rows");
    }
}
