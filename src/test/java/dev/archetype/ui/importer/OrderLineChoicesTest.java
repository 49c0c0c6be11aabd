package dev.archetype.ui.importer;

import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.transactions.OrderLines;
import dev.archetype.core.transactions.PivotValue;
import dev.archetype.core.transactions.RowMix;
import dev.archetype.core.transactions.TransactionRequest;
import dev.archetype.ui.common.SameThreadRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The import dialog on an order-line table: sub-category items, shares of sales, the category from the same sheet. */
class OrderLineChoicesTest {
    @TempDir Path dir;

    private TransactionChoices open() throws Exception {
        Path orders = dir.resolve("orders.csv");
        OrderLines.write(orders, 300, 3);
        ImportDialogViewModel vm = new ImportDialogViewModel(orders, ImportOptions.defaults(), ImportService.CORE, new SameThreadRunner());
        vm.showInitial(null, null);
        return vm.transactions();
    }

    @Test
    void theDialogSuggestsSharesOfSalesBySubCategoryRolledUpByTheCategoryColumn() throws Exception {
        TransactionChoices tx = open();
        assertThat(tx.detectedProperty().get()).isTrue();
        assertThat(tx.itemColumnProperty().get()).isEqualTo("Product Sub-Category");
        // product names barely repeat in a 100-row preview, so only the category is listed there
        assertThat(tx.messageProperty().get()).endsWith("(other item columns: Product Category)");
        assertThat(tx.valueProperty().get()).isEqualTo(PivotValue.parse("sum:Sales"));
        assertThat(tx.mixProperty().get()).isEqualTo(RowMix.SHARE);
        assertThat(tx.mixAppliesProperty().get()).isTrue();
        assertThat(tx.mixReasonProperty().get()).startsWith("Cells are each customer's share of their total Sales");
        assertThat(tx.sameSheetAttributes()).containsExactly("Product Category");
        assertThat(tx.attributesProperty().get()).isEqualTo("Product Category");
        assertThat(tx.problemProperty().get()).isNull();
        assertThat(tx.request()).isEqualTo(new TransactionRequest("Customer Name", "Product Sub-Category",
                PivotValue.parse("sum:Sales"), "Product Category", null, RowMix.SHARE));
    }

    @Test
    void theWindowsImportKeepsTheSharesAndTheirTotal() throws Exception {
        Path orders = dir.resolve("orders.csv");
        OrderLines.write(orders, 200, 5);
        var lines = dev.archetype.core.io.Importer.read(orders, ImportOptions.defaults(),
                dev.archetype.core.task.ProgressListener.NONE, dev.archetype.core.task.Cancellation.NEVER);
        var td = dev.archetype.core.transactions.TransactionSetup.prepare(lines, orders, new TransactionRequest("Customer Name",
                "Product Sub-Category", PivotValue.parse("sum:Sales"), "Product Category", null),
                dev.archetype.core.task.ProgressListener.NONE, dev.archetype.core.task.Cancellation.NEVER);
        var shown = ImportCoordinator.withWarnings(td, java.util.List.of("an import warning"));
        assertThat(shown.pivot().totalColumn()).isEqualTo("Total Sales");
        assertThat(shown.dataset().columnNames()).endsWith("Total Sales").hasSize(1 + 17 + 1);
        assertThat(shown.dataset().warnings()).contains("an import warning")
                .noneMatch(w -> w.startsWith("Cells are each customer's share"));
    }

    @Test
    void theWindowsImportAndTheCommandLineGiveTheSameArchetypes() throws Exception {
        Path orders = dir.resolve("orders.csv");
        OrderLines.write(orders, 300, 9);
        TransactionRequest request = new TransactionRequest("Customer Name", "Product Sub-Category",
                PivotValue.parse("sum:Sales"), "Product Category", null);
        var none = dev.archetype.core.task.ProgressListener.NONE;
        var never = dev.archetype.core.task.Cancellation.NEVER;
        var spec = dev.archetype.core.analysis.AnalysisSpec.of(orders).withK(4).withPivot(request);
        // the window: the coordinator's pivot, with the import's warnings, handed to the analysis
        var lines = dev.archetype.core.io.Importer.read(orders, ImportOptions.defaults(), none, never);
        var shown = ImportCoordinator.withWarnings(
                dev.archetype.core.transactions.TransactionSetup.prepare(lines, orders, request, none, never), lines.warnings());
        var window = dev.archetype.core.analysis.Analysis.run(spec,
                dev.archetype.core.analysis.OpenedData.pivoted(orders, ImportOptions.defaults(), request, shown), 2, none, never);
        // the command line: the analysis opens the file itself
        var cli = dev.archetype.core.analysis.Analysis.run(spec, 2, none, never);
        assertThat(window.clustering().labels()).isEqualTo(cli.clustering().labels());
        assertThat(window.profile().names()).isEqualTo(cli.profile().names());
        assertThat(window.clustering().sse()).isEqualTo(cli.clustering().sse());
    }

    @Test
    void identifiersAreNotOfferedAsAmountsAndRawCanBeChosen() throws Exception {
        TransactionChoices tx = open();
        assertThat(tx.valueChoices()).contains(PivotValue.PRESENCE, PivotValue.COUNT, PivotValue.parse("sum:Sales"))
                .doesNotContain(PivotValue.parse("sum:Row ID"), PivotValue.parse("sum:Order ID"));
        tx.mixProperty().set(RowMix.RAW);
        assertThat(tx.request().mix()).isEqualTo(RowMix.RAW);
        assertThat(tx.mixReasonProperty().get()).startsWith("Cells are raw Sales");
        tx.valueProperty().set(PivotValue.PRESENCE);
        assertThat(tx.mixAppliesProperty().get()).as("0/1 cells have no mix").isFalse();
    }
}
