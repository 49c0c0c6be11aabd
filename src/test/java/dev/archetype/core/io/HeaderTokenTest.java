package dev.archetype.core.io;

import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Was: a header cell spelled like a missing-value token (NA, N/A, null, -) made the header read as data. */
class HeaderTokenTest {
    @TempDir Path dir;

    @Test
    void csvHeaderWithMissingTokenNamesIsAHeader() throws Exception {
        StringBuilder sb = new StringBuilder("id,NA,score,N/A\n");
        for (int i = 1; i <= 20; i++) sb.append(i).append(',').append(i * 2).append(',').append(i * 0.5).append(',').append(i % 3).append('\n');
        Path f = Files.writeString(dir.resolve("na_header.csv"), sb);
        Dataset ds = Importer.read(f, null, null, null);
        assertThat(ds.columnNames()).containsExactly("id", "NA", "score", "N/A");
        assertThat(ds.rowCount()).isEqualTo(20);
        assertThat(ds.require("NA").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(ds.require("score").type()).isEqualTo(ColumnType.NUMERIC);
    }

    @Test
    void nullAndDashHeadersToo() throws Exception {
        Path f = Files.writeString(dir.resolve("null_header.csv"), "name,null,-\nann,1,2\nbob,3,4\ncid,5,6\n");
        Dataset ds = Importer.read(f, null, null, null);
        assertThat(ds.columnNames()).containsExactly("name", "null", "-");
        assertThat(ds.rowCount()).isEqualTo(3);
    }

    @Test
    void aFirstRowOfOnlyTokensAndNumbersIsStillData() throws Exception {
        Path f = Files.writeString(dir.resolve("no_header.csv"), "NA,1,2\n3,4,5\n6,7,8\n");
        Dataset ds = Importer.read(f, null, null, null);
        assertThat(ds.columnNames()).containsExactly("Column 1", "Column 2", "Column 3");
        assertThat(ds.rowCount()).isEqualTo(3);
    }

    @Test
    void xlsxHeaderWithMissingTokenNamesIsAHeader() throws Exception {
        Path f = dir.resolve("na_header.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            var sheet = wb.createSheet("Data");
            var h = sheet.createRow(0);
            String[] names = {"id", "NA", "score", "N/A"};
            for (int c = 0; c < names.length; c++) h.createCell(c).setCellValue(names[c]);
            for (int r = 1; r <= 10; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 4; c++) row.createCell(c).setCellValue(r * (c + 1) + 0.5 * c);
            }
            wb.write(out);
        }
        Dataset ds = Importer.read(f, null, null, null);
        assertThat(ds.columnNames()).containsExactly("id", "NA", "score", "N/A");
        assertThat(ds.rowCount()).isEqualTo(10);
    }
}
