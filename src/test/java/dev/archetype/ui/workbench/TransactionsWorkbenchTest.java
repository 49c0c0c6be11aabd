package dev.archetype.ui.workbench;

import dev.archetype.core.cluster.Distance;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.Importer;
import dev.archetype.core.prep.Scaling;
import dev.archetype.core.sample.Samples;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import dev.archetype.core.transactions.AttributeRollup;
import dev.archetype.core.transactions.PivotValue;
import dev.archetype.core.transactions.RollupGridRow;
import dev.archetype.core.transactions.TransactionData;
import dev.archetype.core.transactions.TransactionRequest;
import dev.archetype.core.transactions.TransactionSetup;
import dev.archetype.ui.common.SameThreadRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbench on data pivoted from transactions: item columns, cosine advice, roll-up names and grid. */
class TransactionsWorkbenchTest {
    private WorkbenchViewModel vm;
    private TransactionData td;

    static TransactionData wine(Path file) throws Exception {
        Dataset tx = Importer.read(file, ImportOptions.defaults().withSheet("Transactions"), ProgressListener.NONE, Cancellation.NEVER);
        return TransactionSetup.prepare(tx, file, new TransactionRequest("Customer Last Name", "Offer #", PivotValue.PRESENCE,
                "OfferInformation", "Offer #"), ProgressListener.NONE, Cancellation.NEVER);
    }

    @BeforeEach
    void setUp() throws Exception {
        vm = new WorkbenchViewModel(new SameThreadRunner());
        td = wine(Samples.wineOffers());
        vm.transactionsProperty().set(td);
        vm.datasetProperty().set(td.dataset());
    }

    @Test
    void setupPicksTheItemColumnsUnscaledAndSuggestsCosineWithTheReason() {
        assertThat(vm.setup().selectedColumns()).isEqualTo(td.features());
        assertThat(vm.setup().scalingProperty().get()).isEqualTo(Scaling.NONE);
        assertThat(vm.setup().distanceProperty().get()).isEqualTo(Distance.EUCLIDEAN);
        assertThat(vm.setup().distanceNoteProperty().get()).startsWith("Tip: cosine suggested. Only");
    }

    @Test
    void clusteringNamesArchetypesFromTheRollupAndExposesItsGrid() {
        vm.setup().kProperty().set(4);
        vm.cluster();

        AttributeRollup rollup = vm.rollup();
        assertThat(rollup).isNotNull();
        assertThat(rollup.k()).isEqualTo(4);
        assertThat(vm.names()).containsExactlyElementsOf(rollup.names());
        assertThat(vm.profileProperty().get().names()).isEqualTo(rollup.names());
        assertThat(String.join(" | ", vm.names())).contains("lovers");
        assertThat(vm.rollupGrid()).isNotEmpty();
        assertThat(vm.rollupGrid()).extracting(RollupGridRow::attribute).contains("Varietal", "Minimum Qty (kg)");
        double[] spreads = vm.rollupGrid().stream().mapToDouble(RollupGridRow::spread).toArray();
        for (int i = 1; i < spreads.length; i++) assertThat(spreads[i]).isLessThanOrEqualTo(spreads[i - 1]);

        vm.rename(0, "Fizz fans");
        assertThat(vm.names().get(0)).isEqualTo("Fizz fans");
        vm.rename(0, "");
        assertThat(vm.names().get(0)).as("blank restores the roll-up name").isEqualTo(rollup.name(0));
    }

    @Test
    void anOrdinaryTableHasNoRollupAndTheAdviceGoesAway() {
        vm.transactionsProperty().set(null);
        vm.datasetProperty().set(Fixtures.blobs());
        assertThat(vm.setup().adviceProperty().get()).isNull();
        assertThat(vm.setup().scalingProperty().get()).isEqualTo(Scaling.ZSCORE);
        vm.cluster();
        assertThat(vm.rollup()).isNull();
        assertThat(vm.rollupGrid()).isEmpty();
    }
}
