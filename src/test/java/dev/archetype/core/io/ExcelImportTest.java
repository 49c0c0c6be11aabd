package dev.archetype.core.io;

import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.Dataset;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static dev.archetype.core.io.Fixtures.cells;
import static dev.archetype.core.io.Fixtures.numbers;
import static dev.archetype.core.io.Fixtures.path;
import static dev.archetype.core.io.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

class ExcelImportTest {

    @ParameterizedTest
    @ValueSource(strings = {"basic.xlsx", "basic.xls"})
    void findsTheHeaderBelowTitleRowsAndJoinsTheMergedTwoRowHeader(String file) throws Exception {
        ImportPreview p = Importer.preview(path(file), ImportOptions.defaults(), 100);
        assertThat(p.sheets()).containsExactly("Customers", "Notes", "Empty");
        assertThat(p.sheet()).isEqualTo("Customers");
        assertThat(p.headerRow()).isEqualTo(3);
        assertThat(p.dataset().columnNames())
                .containsExactly("Name", "Region", "Spend 2023", "Spend 2024", "Since", "Ratio", "Active");
        assertThat(p.warnings()).contains("Skipped 1 blank column (C)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"basic.xlsx", "basic.xls"})
    void readsValuesDatesFormulaResultsErrorsAndBooleans(String file) throws Exception {
        Dataset ds = read(file);
        assertThat(ds.rowCount()).as("blank row in the data is skipped").isEqualTo(4);
        assertThat(cells(ds, "Name")).containsExactly("Ann", "Bob", "Cid", "Dee");
        assertThat(numbers(ds, "Spend 2023")).containsExactly(100, 80, 120.5, 60);
        DateColumn since = (DateColumn) ds.require("Since");
        assertThat(since.get(0)).isEqualTo(LocalDateTime.of(2019, 3, 1, 0, 0));
        assertThat(since.get(2)).isEqualTo(LocalDateTime.of(2018, 1, 31, 0, 0));
        double[] ratio = numbers(ds, "Ratio");
        assertThat(ratio[0]).isEqualTo(1.5);
        assertThat(ratio[1]).as("#DIV/0! becomes missing").isNaN();
        assertThat(ratio[2]).isCloseTo(130.0 / 120.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(ds.warnings()).anyMatch(w -> w.contains("'Ratio'") && w.contains("1 error cell") && w.contains("row 7"));
        assertThat(ds.require("Active").type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(numbers(ds, "Active")).containsExactly(1, 0, 1, 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"basic.xlsx", "basic.xls"})
    void readsANamedSheet(String file) throws Exception {
        Dataset ds = read(file, ImportOptions.defaults().withSheet("Notes"));
        assertThat(ds.columnNames()).containsExactly("key", "value");
        assertThat(numbers(ds, "value")).containsExactly(1.5, 3.0, 4.5);
        assertThat(ds.source()).contains("Notes");
    }

    @Test
    void singleRowMergedHeaderNamesEachColumn() throws Exception {
        Dataset ds = read("basic.xlsx", ImportOptions.defaults().withHeaderRow(3));
        assertThat(ds.columnNames()).startsWith("Name", "Region", "Spend", "Spend (2)");
        assertThat(ds.warnings()).anyMatch(w -> w.startsWith("Merged header 'Spend'"));
    }

    @Test
    void previewReadsOnlyTheFirstRows() throws Exception {
        ImportPreview p = Importer.preview(path("basic.xlsx"), ImportOptions.defaults(), 2);
        assertThat(p.dataset().rowCount()).isEqualTo(2);
        assertThat(cells(p.dataset(), "Name")).containsExactly("Ann", "Bob");
    }

    @Test
    void wineWorkbookFromTheBookMatchesItsCsvExport() throws Exception {
        Path xlsx = Path.of("..", "shared", "data", "WineKMC.xlsx");
        Path csv = Path.of("..", "shared", "data", "winekmc_offers.csv");
        Assertions.assertTrue(Files.exists(xlsx) && Files.exists(csv), "../shared/data is missing: it must sit beside the checkout");
        Dataset fromXlsx = Importer.read(xlsx, ImportOptions.defaults().withSheet("OfferInformation"), null, null);
        Dataset fromCsv = Importer.read(csv, null, null, null);
        assertThat(fromXlsx.columnNames()).isEqualTo(fromCsv.columnNames());
        assertThat(fromXlsx.rowCount()).isEqualTo(32);
        for (String name : fromCsv.columnNames()) {
            assertThat(cells(fromXlsx, name)).as(name).containsExactly(cells(fromCsv, name));
            assertThat(fromXlsx.require(name).type()).as(name).isEqualTo(fromCsv.require(name).type());
        }
        assertThat(Importer.sheetNames(xlsx)).containsExactly("OfferInformation", "Transactions");
        Dataset tx = Importer.read(xlsx, ImportOptions.defaults().withSheet("Transactions"), null, null);
        assertThat(tx.rowCount()).isEqualTo(324);
        assertThat(tx.require("Customer Last Name").distinctCount()).isEqualTo(100);
    }
}
