package dev.archetype.core.io;

import dev.archetype.core.data.Dataset;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Was: warnings listing thousands of items (16,380 column letters; 20,000 renamed headers, one warning each). */
class WarningCapTest {
    @TempDir Path dir;

    @Test
    void blankColumnsOfAWideSheetAreListedBriefly() throws Exception {
        Path f = dir.resolve("gaps.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            var sheet = wb.createSheet("Data");
            for (int r = 0; r < 4; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(r == 0 ? "id" : Integer.toString(r));
                row.createCell(16_383).setCellValue(r == 0 ? "spend" : Double.toString(r * 1.5));
            }
            wb.write(out);
            wb.dispose();
        }
        Dataset ds = Importer.read(f, null, null, null);
        assertThat(ds.columnNames()).containsExactly("id", "spend");
        assertThat(ds.warnings()).contains("Skipped 16,382 blank columns (B, C, D, E, F, G, H, I, J, K, … and 16,372 more)");
        assertThat(String.join("\n", ds.warnings()).length()).isLessThan(2_000);
    }

    @Test
    void thousandsOfRenamedHeadersMakeOneWarningEach() throws Exception {
        Path f = dir.resolve("dups.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            for (int c = 0; c < 5_000; c++) w.write((c > 0 ? "," : "") + (c % 10 == 9 ? "" : "x"));
            w.write('\n');
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 5_000; c++) w.write((c > 0 ? "," : "") + (r + c));
                w.write('\n');
            }
        }
        Dataset ds = Importer.read(f, null, null, null);
        assertThat(ds.columnCount()).isEqualTo(5_000);
        assertThat(ds.columnNames().subList(8, 11)).containsExactly("x_9", "Column 10", "x_10");
        assertThat(ds.warnings()).contains(
                "500 blank headers were named after their columns: blank header in column 10 named 'Column 10',"
                        + " blank header in column 20 named 'Column 20', blank header in column 30 named 'Column 30', … and 497 more",
                "4,499 duplicate headers were renamed with _2, _3, …: duplicate header 'x' in column 2 renamed to 'x_2',"
                        + " duplicate header 'x' in column 3 renamed to 'x_3', duplicate header 'x' in column 4 renamed to"
                        + " 'x_4', … and 4,496 more");
        assertThat(ds.warnings().size()).isLessThanOrEqualTo(Warnings.MAX_WARNINGS);
    }

    @Test
    void manyEmptyColumnsAreOneWarning() throws Exception {
        Path f = dir.resolve("empties.csv");
        StringBuilder sb = new StringBuilder("id,spend");
        for (int c = 0; c < 300; c++) sb.append(",e").append(c);
        sb.append('\n');
        for (int r = 0; r < 5; r++) sb.append(r).append(',').append(r * 2.5).append(",".repeat(300)).append('\n');
        Files.writeString(f, sb);
        Dataset ds = Importer.read(f, null, null, null);
        assertThat(ds.columnCount()).isEqualTo(302);
        assertThat(ds.warnings()).contains("300 columns are empty: 'e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8',"
                + " 'e9', … and 290 more");
        assertThat(ds.warnings().size()).isLessThan(10);
    }
}
