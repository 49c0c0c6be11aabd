package dev.archetype.core.io;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.Dataset;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Set;

import static dev.archetype.core.io.Fixtures.cells;
import static dev.archetype.core.io.Fixtures.numbers;
import static dev.archetype.core.io.Fixtures.path;
import static dev.archetype.core.io.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

class CsvImportTest {

    @Test
    void utf8BomIsStrippedFromTheFirstHeader() throws Exception {
        ImportPreview p = Importer.preview(path("bom_utf8.csv"), ImportOptions.defaults(), 100);
        assertThat(p.format()).isEqualTo(FileFormat.CSV);
        assertThat(p.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(p.dataset().columnNames()).containsExactly("Name", "City", "Spend");
        assertThat(cells(p.dataset(), "City")).containsExactly("Zürich", "São Paulo", "Kraków");
        assertThat(numbers(p.dataset(), "Spend")).containsExactly(120.5, 80, 95.25);
    }

    @Test
    void utf16WithBomAndTabsIsDecoded() throws Exception {
        ImportPreview p = Importer.preview(path("utf16_bom.csv"), ImportOptions.defaults(), 100);
        assertThat(p.encoding()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(p.delimiter()).isEqualTo('\t');
        assertThat(cells(p.dataset(), "Name")).containsExactly("René", "José", "Zoë");
        assertThat(numbers(p.dataset(), "Spend")).containsExactly(120.5, 80, 95.25);
    }

    @Test
    void windows1252FallbackWhenNotUtf8() throws Exception {
        ImportPreview p = Importer.preview(path("cp1252.csv"), ImportOptions.defaults(), 100);
        assertThat(p.encoding()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(p.delimiter()).isEqualTo(';');
        assertThat(cells(p.dataset(), "Product")).containsExactly("Crème brûlée", "Pâté", "Naïve tea");
        assertThat(cells(p.dataset(), "Note")).contains("£ imported", "€ cheap");
        assertThat(numbers(p.dataset(), "Price")).containsExactly(3.5, 12.0, 1.25);
    }

    @Test
    void semicolonFileWithDecimalCommaAndDotThousands() throws Exception {
        Dataset ds = read("semicolon_decimal_comma.csv");
        assertThat(numbers(ds, "Umsatz")).containsExactly(1234.56, 987.10, 12000.0, 45.5);
        assertThat(numbers(ds, "Rabatt")).containsExactly(2.5, 0.75, 1, 0);
        assertThat(ds.require("Menge").type()).isEqualTo(ColumnType.INTEGER);
    }

    @Test
    void quotedFieldsKeepDelimitersQuotesAndNewlinesWithCrlf() throws Exception {
        Dataset ds = read("quoted_newlines_crlf.csv");
        assertThat(ds.rowCount()).isEqualTo(4);
        String[] comments = cells(ds, "comment");
        assertThat(comments[0]).startsWith("first line").endsWith("second line").contains("\n");
        assertThat(comments[1]).isEqualTo("has, comma");
        assertThat(comments[2]).isEqualTo("says \"hi\"");
        assertThat(numbers(ds, "amount")).containsExactly(10, 20, 30, 40);
    }

    @Test
    void titleRowsAboveTheHeaderAreSkipped() throws Exception {
        ImportPreview p = Importer.preview(path("title_rows.csv"), ImportOptions.defaults(), 100);
        assertThat(p.headerRow()).isEqualTo(3);
        assertThat(p.dataset().columnNames()).containsExactly("Region", "Customers", "Revenue");
        assertThat(cells(p.dataset(), "Region")).containsExactly("North", "South", "East", "West");
        assertThat(p.warnings()).anyMatch(w -> w.contains("Skipped 3 lines above the header"));
    }

    @Test
    void explicitHeaderRowOverridesDetection() throws Exception {
        Dataset ds = read("title_rows.csv", ImportOptions.defaults().withHeaderRow(4));
        assertThat(ds.columnNames()).containsExactly("North", "12", "1500.5");
        assertThat(ds.rowCount()).isEqualTo(3);
    }

    @Test
    void currencyThousandsPercentAndAccountingNegatives() throws Exception {
        Dataset ds = read("currency_percent.csv");
        assertThat(numbers(ds, "Price")).containsExactly(1234.5, 99.99, 12000);
        assertThat(numbers(ds, "Margin")).containsExactly(12, 7.5, 30);
        assertThat(numbers(ds, "Balance")).containsExactly(-45, 100, -20);
        assertThat(ds.warnings()).anyMatch(w -> w.contains("'Margin'") && w.contains("percent"));
    }

    @Test
    void missingTokensBecomeMissing() throws Exception {
        Dataset ds = read("missing_tokens.csv");
        assertThat(numbers(ds, "a")).containsExactly(1, 2, Double.NaN, 4, 5);
        assertThat(numbers(ds, "c")).containsExactly(Double.NaN, 3, Double.NaN, 5, 6);
        assertThat(cells(ds, "b")).containsExactly("x", "", "y", "", "");
    }

    @Test
    void customMissingTokensReplaceTheDefaults() throws Exception {
        Dataset ds = read("missing_tokens.csv", ImportOptions.defaults().withMissingTokens(Set.of("x", "y", "NA")));
        assertThat(cells(ds, "b")).containsExactly("", "N/A", "", "?", "");
    }

    @Test
    void raggedRowsArePaddedAndReportedWithLineNumbers() throws Exception {
        Dataset ds = read("ragged.csv");
        assertThat(numbers(ds, "a")).containsExactly(1, 4, 6, 10, 13, 14);
        assertThat(numbers(ds, "b")).containsExactly(2, 5, 7, 11, Double.NaN, 15);
        assertThat(numbers(ds, "c")).containsExactly(3, Double.NaN, 8, 12, Double.NaN, 16);
        assertThat(ds.warnings()).anyMatch(w -> w.contains("fewer fields") && w.endsWith("lines 3, 6"));
        assertThat(ds.warnings()).anyMatch(w -> w.contains("more fields") && w.endsWith("line 4"));
    }

    @Test
    void raggedRowsCanBeSkipped() throws Exception {
        Dataset ds = read("ragged.csv", ImportOptions.defaults().withRaggedRows(RaggedRows.SKIP));
        assertThat(numbers(ds, "a")).containsExactly(1, 10, 14);
        assertThat(ds.warnings()).anyMatch(w -> w.contains("skipped") && w.endsWith("lines 3, 6"));
    }

    @Test
    void fileWithoutHeaderGetsNumberedColumns() throws Exception {
        ImportPreview p = Importer.preview(path("no_header.csv"), ImportOptions.defaults(), 100);
        assertThat(p.headerRow()).isEqualTo(-1);
        assertThat(p.dataset().columnNames()).containsExactly("Column 1", "Column 2", "Column 3");
        assertThat(numbers(p.dataset(), "Column 2")).containsExactly(2.5, 5.5, 8.5);
    }

    @Test
    void blankLinesAndAllEmptyRowsAreSkipped() throws Exception {
        Dataset ds = read("blank_lines.csv");
        assertThat(numbers(ds, "x")).containsExactly(1, 3);
        assertThat(numbers(ds, "y")).containsExactly(2, 4);
    }

    @Test
    void blankAndDuplicateHeadersAreMadeUniqueAndReported() throws Exception {
        Dataset ds = read("duplicate_headers.csv");
        assertThat(ds.columnNames()).containsExactly("Price", "Column 2", "Price_2", "Name");
        assertThat(ds.warnings()).contains("Blank header in column 2 named 'Column 2'",
                "Duplicate header 'Price' in column 3 renamed to 'Price_2'");
    }

    @Test
    void pipeAndTabDelimitersAreDetected() throws Exception {
        assertThat(Importer.preview(path("pipe.txt"), ImportOptions.defaults(), 10).delimiter()).isEqualTo('|');
        assertThat(Importer.preview(path("tabs.tsv"), ImportOptions.defaults(), 10).delimiter()).isEqualTo('\t');
        assertThat(numbers(read("pipe.txt"), "c")).containsExactly(3, 6);
    }

    @Test
    void datesInIsoAndDayFirstFormsAreDates() throws Exception {
        Dataset ds = read("dates.csv");
        DateColumn placed = (DateColumn) ds.require("placed");
        DateColumn eu = (DateColumn) ds.require("eu_date");
        DateColumn shipped = (DateColumn) ds.require("shipped");
        assertThat(placed.get(0)).isEqualTo(LocalDateTime.of(2024, 1, 5, 0, 0));
        for (int i = 0; i < 3; i++) assertThat(eu.get(i)).isEqualTo(placed.get(i));
        assertThat(shipped.get(0)).isEqualTo(LocalDateTime.of(2024, 1, 7, 10, 30));
        assertThat(shipped.isMissing(2)).isTrue();
    }

    @Test
    void typeOverrideTurnsNumbersIntoCategories() throws Exception {
        Dataset ds = read("pipe.txt", ImportOptions.defaults().withTypeOverride("a", ColumnType.CATEGORICAL));
        CategoricalColumn a = (CategoricalColumn) ds.require("a");
        assertThat(a.levels()).containsExactly("1", "4");
        assertThat(a.level(1)).isEqualTo("4");
    }

    @Test
    void explicitDelimiterAndEncodingAreUsed() throws Exception {
        ImportOptions o = ImportOptions.defaults().withDelimiter(';').withEncoding(StandardCharsets.ISO_8859_1);
        ImportPreview p = Importer.preview(path("cp1252.csv"), o, 10);
        assertThat(p.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(cells(p.dataset(), "Product")).contains("Crème brûlée");
    }

    @Test
    void previewStopsAtMaxRows() throws Exception {
        java.nio.file.Path sample = java.nio.file.Path.of("src/main/resources/dev/archetype/samples/wholesale_customers.csv");
        ImportPreview p = Importer.preview(sample, ImportOptions.defaults(), 5);
        assertThat(p.dataset().rowCount()).isEqualTo(5);
        assertThat(numbers(p.dataset(), "Fresh")).containsExactly(12669, 7057, 6353, 13265, 22615);
        assertThat(Importer.read(sample, ImportOptions.defaults(), null, null).rowCount()).isEqualTo(440);
    }
}
