package dev.archetype.ui.importer;

import dev.archetype.core.io.ImportOptions;
import dev.archetype.ui.common.SameThreadRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The import dialog's RFM choice on a small file of dated invoice lines whose cleaning is counted by hand. */
class RfmChoicesTest {
    @TempDir Path dir;

    private ImportDialogViewModel open() throws Exception {
        // 8 lines: 5 purchases of 3 customers on 4 invoices, a cancellation, a stock adjustment, a line without a customer.
        Path file = Files.writeString(dir.resolve("invoices.csv"), """
                InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID
                1001,A,2,01/12/2010 08:26,2.50,17850
                1001,B,1,01/12/2010 08:26,4.00,17850
                1002,B,6,02/12/2010 09:00,3.00,13047
                1003,A,1,05/12/2010 10:15,2.50,17850
                1004,C,12,07/12/2010 11:30,1.25,12583
                C1005,C,-2,08/12/2010 12:00,1.25,12583
                1006,C,-5,09/12/2010 12:00,1.25,
                1007,A,3,09/12/2010 14:00,2.50,
                """);
        ImportDialogViewModel vm = new ImportDialogViewModel(file, ImportOptions.defaults(), ImportService.CORE, new SameThreadRunner());
        vm.showInitial(null, null);
        return vm;
    }

    @Test
    void datedInvoiceLinesAreOfferedRfmWithTheWholeFilesCleaningReport() throws Exception {
        ImportDialogViewModel vm = open();
        RfmChoices rfm = vm.rfm();
        assertThat(rfm.detectedProperty().get()).isTrue();
        assertThat(rfm.messageProperty().get())
                .isEqualTo("Dated invoice lines: customer CustomerID, invoice InvoiceNo, date InvoiceDate, amount Quantity × UnitPrice");
        assertThat(rfm.chosenProperty().get()).isFalse();
        assertThat(rfm.report()).isEmpty();

        rfm.chosenProperty().set(true);

        assertThat(rfm.report()).hasSize(4);
        assertThat(rfm.report().get(0)).startsWith("8 transaction rows → 3 customers from 5 purchase lines, 2010-12-01 to 2010-12-07;");
        assertThat(rfm.report()).contains("Skipped 1 rows without a customer id.")
                .anyMatch(l -> l.startsWith("Left out 1 lines of 1 cancellation invoices"))
                .anyMatch(l -> l.startsWith("Skipped 1 lines with a zero or negative quantity"));
        assertThat(rfm.problemProperty().get()).isNull();
        assertThat(vm.canImportProperty().get()).isTrue();
        assertThat(vm.choice()).isEqualTo(new ImportChoice(vm.options(), null, true));
    }

    @Test
    void thePivotAndRfmExcludeEachOther() throws Exception {
        ImportDialogViewModel vm = open();
        vm.rfm().chosenProperty().set(true);
        assertThat(vm.transactions().pivotProperty().get()).isFalse();

        vm.transactions().pivotProperty().set(true);

        assertThat(vm.rfm().chosenProperty().get()).isFalse();
        assertThat(vm.choice().rfm()).isFalse();
    }

    @Test
    void aTableOfCustomersWithADateAndASpendIsNotOfferedRfm() throws Exception {
        // The columns of invoice lines (customer, date, amount), but one row per customer.
        Path file = Files.writeString(dir.resolve("members.csv"), "CustomerID,Spend,Since\nC1,10,2023-01-15\nC2,30,2022-11-02\nC3,12,2021-05-30\n");
        ImportDialogViewModel vm = new ImportDialogViewModel(file, ImportOptions.defaults(), ImportService.CORE, new SameThreadRunner());
        vm.showInitial(null, null);
        assertThat(vm.rfm().detectedProperty().get()).isFalse();
    }

    @Test
    void aTableWithoutDatesIsNotOfferedRfm() throws Exception {
        Path file = Files.writeString(dir.resolve("customers.csv"), "CustomerID,Spend,Visits\n1,10,2\n2,30,5\n3,12,1\n");
        ImportDialogViewModel vm = new ImportDialogViewModel(file, ImportOptions.defaults(), ImportService.CORE, new SameThreadRunner());
        vm.showInitial(null, null);
        assertThat(vm.rfm().detectedProperty().get()).isFalse();
        vm.rfm().chosenProperty().set(true);
        assertThat(vm.choice().rfm()).as("not offered, so never asked for").isFalse();
    }
}
