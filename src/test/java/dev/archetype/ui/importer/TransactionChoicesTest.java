package dev.archetype.ui.importer;

import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.sample.Samples;
import dev.archetype.core.transactions.PivotValue;
import dev.archetype.core.transactions.TransactionRequest;
import dev.archetype.ui.common.SameThreadRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The import dialog's Transactions section, on the bundled wine workbook and a small CSV, through the real importer. */
class TransactionChoicesTest {
    @TempDir Path dir;

    private static ImportDialogViewModel open(Path file, ImportOptions options) {
        ImportDialogViewModel vm = new ImportDialogViewModel(file, options, ImportService.CORE, new SameThreadRunner());
        vm.showInitial(null, null);
        return vm;
    }

    @Test
    void theTransactionsSheetIsDetectedAndPrefillsCustomerItemAndTheAttributeSheet() {
        ImportDialogViewModel vm = open(Samples.wineOffers(), ImportOptions.defaults());
        TransactionChoices tx = vm.transactions();
        assertThat(vm.sheetProperty().get()).isEqualTo("OfferInformation");
        assertThat(tx.detectedProperty().get()).as("an item table is not transactions").isFalse();
        assertThat(vm.choice().transactions()).isNull();

        vm.sheetProperty().set("Transactions");

        assertThat(tx.detectedProperty().get()).isTrue();
        assertThat(tx.messageProperty().get()).isEqualTo("This looks like transactions: Customer Last Name × Offer #");
        assertThat(tx.pivotProperty().get()).as("on by default when detected").isTrue();
        assertThat(tx.customerColumnProperty().get()).isEqualTo("Customer Last Name");
        assertThat(tx.itemColumnProperty().get()).isEqualTo("Offer #");
        assertThat(tx.valueProperty().get()).isEqualTo(PivotValue.PRESENCE);
        assertThat(tx.attributeChoices()).containsExactly(TransactionChoices.NO_ATTRIBUTES, "OfferInformation");
        assertThat(tx.attributesProperty().get()).as("the other sheet with an 'Offer #' column").isEqualTo("OfferInformation");
        assertThat(tx.attributeColumns()).contains("Offer #", "Varietal", "Minimum Qty (kg)");
        assertThat(tx.attributeKeyProperty().get()).isEqualTo("Offer #");
        assertThat(vm.canImportProperty().get()).isTrue();
        assertThat(vm.choice().options().sheet()).isEqualTo("Transactions");
        assertThat(vm.choice().transactions()).isEqualTo(new TransactionRequest("Customer Last Name", "Offer #",
                PivotValue.PRESENCE, "OfferInformation", "Offer #"));
    }

    @Test
    void turningThePivotOffImportsTheTableAsItIs() {
        ImportDialogViewModel vm = open(Samples.wineOffers(), ImportOptions.defaults().withSheet("Transactions"));
        vm.transactions().pivotProperty().set(false);
        assertThat(vm.choice().transactions()).isNull();
        assertThat(vm.canImportProperty().get()).isTrue();
    }

    @Test
    void aUserChoiceSurvivesARefreshedPreviewOfTheSameSheet() {
        ImportDialogViewModel vm = open(Samples.wineOffers(), ImportOptions.defaults().withSheet("Transactions"));
        TransactionChoices tx = vm.transactions();
        tx.valueProperty().set(PivotValue.COUNT);
        tx.attributesProperty().set(TransactionChoices.NO_ATTRIBUTES);
        vm.missingTokensProperty().set("NA, ?");
        assertThat(tx.valueProperty().get()).isEqualTo(PivotValue.COUNT);
        assertThat(tx.attributesProperty().get()).isEqualTo(TransactionChoices.NO_ATTRIBUTES);
        assertThat(vm.choice().transactions()).isEqualTo(new TransactionRequest("Customer Last Name", "Offer #",
                PivotValue.COUNT, null, null));
    }

    @Test
    void valueChoicesOfferASumOfEachNumericColumnAndTheSameColumnTwiceBlocksImport() throws Exception {
        Path csv = dir.resolve("orders.csv");
        StringBuilder s = new StringBuilder("CustomerID,Product,Quantity,Date\n");
        String[] products = {"apples", "pears", "plums", "figs"};
        for (int i = 0; i < 40; i++) {
            s.append("C").append(i % 10).append(',').append(products[(i * 7) % 4]).append(',').append(1 + i % 5)
                    .append(",2024-01-").append(String.format("%02d", 1 + i % 28)).append('\n');
        }
        Files.writeString(csv, s.toString());
        ImportDialogViewModel vm = open(csv, ImportOptions.defaults());
        TransactionChoices tx = vm.transactions();

        assertThat(tx.detectedProperty().get()).isTrue();
        assertThat(tx.customerColumnProperty().get()).isEqualTo("CustomerID");
        assertThat(tx.itemColumnProperty().get()).isEqualTo("Product");
        assertThat(tx.valueChoices()).containsExactly(PivotValue.PRESENCE, PivotValue.COUNT, new PivotValue.Sum("Quantity"));
        assertThat(tx.attributeChoices()).as("a CSV has no other sheets").containsExactly(TransactionChoices.NO_ATTRIBUTES);

        tx.valueProperty().set(new PivotValue.Sum("Quantity"));
        assertThat(vm.choice().transactions().value()).isEqualTo(new PivotValue.Sum("Quantity"));

        tx.itemColumnProperty().set("CustomerID");
        assertThat(tx.problemProperty().get()).contains("must differ");
        assertThat(vm.canImportProperty().get()).isFalse();
        assertThat(vm.choice().transactions()).isNull();
        tx.itemColumnProperty().set("Product");
        assertThat(vm.canImportProperty().get()).isTrue();
    }

    @Test
    void anotherFileCanBeTheAttributeTable() throws Exception {
        Path offers = dir.resolve("offers.csv");
        Files.writeString(offers, "offer #,Varietal\n1,Malbec\n2,Champagne\n");
        ImportDialogViewModel vm = open(Samples.wineOffers(), ImportOptions.defaults().withSheet("Transactions"));
        TransactionChoices tx = vm.transactions();
        tx.chooseAttributeFile(offers);
        assertThat(tx.attributeChoices()).contains(offers.toAbsolutePath().toString());
        assertThat(tx.attributeColumns()).containsExactly("offer #", "Varietal");
        assertThat(tx.attributeKeyProperty().get()).as("matched ignoring case").isEqualTo("offer #");
        assertThat(vm.choice().transactions().attributes()).isEqualTo(offers.toAbsolutePath().toString());
    }
}
