package dev.archetype.ui.workbench;

import dev.archetype.core.cluster.KResult;
import dev.archetype.core.cluster.SweepResult;
import dev.archetype.ui.common.BackgroundJob;
import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.common.JobCallbacks;
import dev.archetype.ui.common.SameThreadRunner;
import dev.archetype.ui.common.Work;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

class WorkbenchViewModelTest {
    private SameThreadRunner runner;
    private WorkbenchViewModel vm;

    @BeforeEach
    void setUp() {
        runner = new SameThreadRunner();
        vm = new WorkbenchViewModel(runner);
    }

    private void openBlobs() {
        vm.datasetProperty().set(Fixtures.blobs());
        vm.setup().selectNone();
        vm.setup().features().stream().filter(f -> f.name().equals("X") || f.name().equals("Y")).forEach(f -> f.setSelected(true));
        vm.setup().kMinProperty().set(2);
        vm.setup().kMaxProperty().set(6);
    }

    @Test
    void compareKKeepsTheUsersKAndOffersTheRecommendedOne() {
        openBlobs();
        vm.setup().kProperty().set(4);
        vm.compareK();

        SweepResult sweep = vm.sweepProperty().get().result();
        assertThat(sweep.results()).extracting(KResult::k).containsExactly(2, 3, 4, 5, 6);
        assertThat(sweep.recommendedK()).isEqualTo(3);
        assertThat(vm.selectedKProperty().get()).isEqualTo(4);
        assertThat(vm.setup().kProperty().get()).isEqualTo(4);
        assertThat(vm.resultProperty().get().sweep()).isSameAs(sweep);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(runner.jobsRun()).isEqualTo(1);

        vm.useRecommendedK();
        assertThat(vm.selectedKProperty().get()).isEqualTo(3);
        assertThat(vm.currentProperty().get().clustering().sizes()).containsExactly(40, 30, 20);
        assertThat(vm.names()).hasSize(3).doesNotHaveDuplicates();
        assertThat(vm.resultProperty().get().sweep()).as("the comparison stays with the result").isSameAs(sweep);
        assertThat(runner.jobsRun()).as("no second comparison").isEqualTo(2);
    }

    @Test
    void pickingAnotherKFromTheSweepShowsThatClusteringWithoutANewSweep() {
        openBlobs();
        vm.compareK();
        vm.selectK(5);
        SweepResult sweep = vm.sweepProperty().get().result();
        assertThat(vm.selectedKProperty().get()).isEqualTo(5);
        assertThat(vm.currentProperty().get().clustering()).isEqualTo(sweep.result(5).clustering());
        assertThat(vm.profileProperty().get().k()).isEqualTo(5);
        assertThat(vm.names()).hasSize(5);
        assertThat(vm.sweepProperty().get().result()).isSameAs(sweep);
    }

    @Test
    void commandsAreEnabledOnlyWhenARunCanStart() {
        assertThat(vm.canCompareProperty().get()).isFalse();
        assertThat(vm.canClusterProperty().get()).isFalse();
        assertThat(vm.setup().blockerProperty().get()).isEqualTo("Open a file to begin");

        vm.datasetProperty().set(Fixtures.blobs());
        assertThat(vm.canCompareProperty().get()).isTrue();
        assertThat(vm.canClusterProperty().get()).isTrue();

        vm.setup().selectNone();
        assertThat(vm.canCompareProperty().get()).isFalse();
        assertThat(vm.canClusterProperty().get()).isFalse();
        assertThat(vm.setup().blockerProperty().get()).isEqualTo("Pick at least one feature");

        vm.setup().features().get(1).setSelected(true);
        vm.setup().kMinProperty().set(7);
        vm.setup().kMaxProperty().set(5);
        assertThat(vm.canCompareProperty().get()).isFalse();
        assertThat(vm.setup().blockerProperty().get()).isEqualTo("The k range is empty");
        vm.setup().kMinProperty().set(2);
        assertThat(vm.canCompareProperty().get()).isTrue();
    }

    @Test
    void commandsAreDisabledWhileARunIsInProgress() {
        HoldingRunner holding = new HoldingRunner();
        vm = new WorkbenchViewModel(holding);
        openBlobs();
        vm.cluster();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.canClusterProperty().get()).isFalse();
        assertThat(vm.canCompareProperty().get()).isFalse();
        holding.release();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.canClusterProperty().get()).isTrue();
        assertThat(vm.currentProperty().get()).isNotNull();
    }

    @Test
    void runningOutOfMemoryWhileClusteringIsOneLineAndTheNextRunWorks(@org.junit.jupiter.api.io.TempDir java.nio.file.Path logs) {
        String logDir = System.getProperty(dev.archetype.core.failure.Failures.LOG_DIR_PROPERTY);
        System.setProperty(dev.archetype.core.failure.Failures.LOG_DIR_PROPERTY, logs.toString());
        try {
            FailingRunner failing = new FailingRunner();
            WorkbenchViewModel other = new WorkbenchViewModel(failing);
            other.datasetProperty().set(Fixtures.blobs());
            other.setup().kProperty().set(3);
            failing.outOfMemory = true;
            other.cluster();
            long max = Runtime.getRuntime().maxMemory();
            String gb = Long.toString(Math.max(2, (2 * max + (1L << 30) - 1) >> 30));
            assertThat(other.errorProperty().get()).isEqualTo("Clustering with k = 3 failed: not enough memory: the data needs"
                    + " more than the " + dev.archetype.core.failure.HeapAdvice.size(max) + " this run may use; start with a"
                    + " larger heap, e.g. JAVA_TOOL_OPTIONS=-Xmx" + gb + "g archetype … (or java -Xmx" + gb + "g -jar archetype.jar …)");
            assertThat(other.currentProperty().get()).as("nothing half-made is shown").isNull();
            assertThat(other.busyProperty().get()).isFalse();

            failing.outOfMemory = false;
            other.cluster();
            assertThat(other.currentProperty().get().clustering().k()).isEqualTo(3);
            assertThat(other.errorProperty().get()).isEmpty();
        } finally {
            if (logDir == null) System.clearProperty(dev.archetype.core.failure.Failures.LOG_DIR_PROPERTY);
            else System.setProperty(dev.archetype.core.failure.Failures.LOG_DIR_PROPERTY, logDir);
        }
    }

    @Test
    void aNewResultReplacesTheOldOnlyOnSuccess() {
        openBlobs();
        vm.setup().kProperty().set(3);
        vm.cluster();
        ClusterRun first = vm.currentProperty().get();
        assertThat(first.clustering().k()).isEqualTo(3);
        String firstName = vm.names().get(0);

        FailingRunner failing = new FailingRunner();
        WorkbenchViewModel other = new WorkbenchViewModel(failing);
        other.datasetProperty().set(Fixtures.blobs());
        other.setup().kProperty().set(3);
        other.cluster();
        ClusterRun kept = other.currentProperty().get();
        failing.fail = true;
        other.setup().kProperty().set(4);
        other.cluster();
        assertThat(other.currentProperty().get()).isSameAs(kept);
        assertThat(other.selectedKProperty().get()).isEqualTo(3);
        assertThat(other.errorProperty().get()).isEqualTo("Clustering with k = 4 failed: The disk is full");
        assertThat(other.busyProperty().get()).isFalse();

        failing.fail = false;
        other.cluster();
        assertThat(other.currentProperty().get().clustering().k()).isEqualTo(4);
        assertThat(other.errorProperty().get()).isEmpty();
        assertThat(firstName).isNotBlank();
    }

    @Test
    void renamedArchetypesReachProfileNamesAndTableRows() {
        openBlobs();
        vm.setup().kProperty().set(3);
        vm.cluster();
        String drafted = vm.names().get(0);
        int rowInCluster0 = firstRowOf(0);

        vm.rename(0, "Hotels");
        assertThat(vm.names().get(0)).isEqualTo("Hotels");
        assertThat(vm.profileProperty().get().archetype(0).name()).isEqualTo("Hotels");
        assertThat(vm.archetypeOfRow(rowInCluster0)).isEqualTo("Hotels");

        vm.rename(1, "Hotels");
        assertThat(vm.names().get(1)).isEqualTo("Hotels (2)");

        vm.rename(0, "  ");
        assertThat(vm.names().get(0)).isEqualTo(drafted);
    }

    @Test
    void rowsKnowTheirClusterAndDistance() {
        openBlobs();
        vm.setup().kProperty().set(3);
        vm.cluster();
        var clustering = vm.currentProperty().get().clustering();
        int[] sizes = new int[3];
        for (int row = 0; row < 90; row++) {
            int c = vm.clusterOfRow(row);
            sizes[c]++;
            assertThat(vm.distanceOfRow(row)).isGreaterThanOrEqualTo(0);
        }
        assertThat(sizes).containsExactly(clustering.sizes());
        // the first 40 rows are one blob and land together
        for (int row = 1; row < 40; row++) assertThat(vm.clusterOfRow(row)).isEqualTo(vm.clusterOfRow(0));
    }

    @Test
    void openingAnotherFileClearsTheResults() {
        openBlobs();
        vm.compareK();
        vm.showCluster(1);
        assertThat(vm.clusterFilterProperty().get()).isEqualTo(1);
        vm.datasetProperty().set(Fixtures.purchases());
        assertThat(vm.sweepProperty().get()).isNull();
        assertThat(vm.currentProperty().get()).isNull();
        assertThat(vm.names()).isEmpty();
        assertThat(vm.selectedKProperty().get()).isEqualTo(-1);
        assertThat(vm.clusterFilterProperty().get()).isEqualTo(-1);
    }

    private int firstRowOf(int cluster) {
        for (int row = 0; ; row++) if (vm.clusterOfRow(row) == cluster) return row;
    }

    /** Runs inline, but the work fails with a message while {@link #fail} is set. */
    private static final class FailingRunner implements BackgroundRunner {
        private final SameThreadRunner inner = new SameThreadRunner();
        boolean fail;
        boolean outOfMemory;

        @Override
        public <T> BackgroundJob run(String title, Work<T> work, JobCallbacks<T> callbacks) {
            Work<T> w = outOfMemory ? (p, c) -> {
                work.call(p, c); // the real run, then an array larger than any heap: a real OutOfMemoryError
                return new long[Integer.MAX_VALUE - 8].length > 0 ? null : null;
            } : fail ? (p, c) -> { throw new java.io.IOException("The disk is full"); } : work;
            return inner.run(title, w, callbacks);
        }

        @Override
        public ReadOnlyObjectProperty<BackgroundJob> activeJobProperty() {
            return inner.activeJobProperty();
        }
    }

    /** Holds one job until {@link #release()}, as a slow background run would. */
    private static final class HoldingRunner implements BackgroundRunner {
        private final SameThreadRunner inner = new SameThreadRunner();
        private Runnable pending;

        @Override
        public <T> BackgroundJob run(String title, Work<T> work, JobCallbacks<T> callbacks) {
            pending = () -> inner.run(title, work, callbacks);
            return new BackgroundJob() {
                @Override public String title() { return title; }
                @Override public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() { return new javafx.beans.property.SimpleDoubleProperty(-1); }
                @Override public javafx.beans.property.ReadOnlyStringProperty messageProperty() { return new javafx.beans.property.SimpleStringProperty(""); }
                @Override public javafx.beans.property.ReadOnlyBooleanProperty runningProperty() { return new javafx.beans.property.SimpleBooleanProperty(true); }
                @Override public void cancel() { }
            };
        }

        void release() {
            Runnable r = pending;
            pending = null;
            r.run();
        }

        @Override
        public ReadOnlyObjectProperty<BackgroundJob> activeJobProperty() {
            return inner.activeJobProperty();
        }
    }
}
