package dev.archetype.core.io;

import dev.archetype.core.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.archetype.core.io.Fixtures.path;
import static dev.archetype.core.io.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BadInputTest {

    private static ImportException failure(String fixture) {
        try {
            read(fixture);
        } catch (ImportException ex) {
            assertThat(ex.getMessage()).doesNotContain("\n").startsWith(path(fixture).getFileName() + "");
            return ex;
        }
        throw new AssertionError(fixture + " was read without an error");
    }

    @Test
    void emptyFile() {
        assertThat(failure("empty.csv").getMessage()).isEqualTo("empty.csv: the file is empty");
    }

    @Test
    void headerWithoutRows() {
        assertThat(failure("header_only.csv").getReason()).isEqualTo("the file has a header row but no data rows");
        ImportException xlsx = failure("header_only.xlsx");
        assertThat(xlsx.getSheet()).isEqualTo("Data");
        assertThat(xlsx.getMessage()).isEqualTo("header_only.xlsx, sheet 'Data': the sheet has a header row but no data rows");
    }

    @Test
    void binaryGarbage() {
        assertThat(failure("binary_garbage.csv").getReason()).contains("binary data");
    }

    @Test
    void workbookRenamedToCsvIsReadAsAWorkbook() throws Exception {
        assertThat(Importer.detect(path("workbook_renamed.csv"))).isEqualTo(FileFormat.XLSX);
        Dataset ds = read("workbook_renamed.csv");
        assertThat(ds.columnNames()).contains("Name", "Spend 2023");
    }

    @Test
    void csvRenamedToXlsxIsReadAsText() throws Exception {
        assertThat(Importer.detect(path("csv_renamed.xlsx"))).isEqualTo(FileFormat.CSV);
        assertThat(read("csv_renamed.xlsx").columnNames()).containsExactly("Name", "City", "Spend");
        assertThat(Importer.sheetNames(path("csv_renamed.xlsx"))).isEmpty();
    }

    @Test
    void encryptedWorkbook() {
        assertThat(failure("encrypted.xlsx").getReason()).contains("password-protected");
    }

    @Test
    void corruptZip() {
        assertThat(failure("corrupt.xlsx").getReason()).contains("damaged");
    }

    @Test
    void zipThatIsNotAWorkbook() {
        assertThat(failure("not_a_workbook.zip.xlsx").getReason()).isEqualTo("this is a zip archive but not an Excel workbook");
    }

    @Test
    void fileWithNoNumericColumnOpensWithAWarning() throws Exception {
        Dataset ds = read("no_numeric.csv");
        assertThat(ds.rowCount()).isEqualTo(3);
        assertThat(ds.warnings()).anyMatch(w -> w.startsWith("No numeric column"));
    }

    @Test
    void missingFileAndFolder(@TempDir Path dir) {
        assertThatThrownBy(() -> Importer.read(dir.resolve("gone.csv"), null, null, null))
                .isInstanceOf(ImportException.class).hasMessage("gone.csv: the file does not exist");
        assertThatThrownBy(() -> Importer.read(dir, null, null, null))
                .isInstanceOf(ImportException.class).hasMessageContaining("folder");
    }

    @Test
    void fileThatShrinksWhileReadingIsReported(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.csv");
        StringBuilder sb = new StringBuilder("a,b\n");
        for (int i = 0; i < 20_000; i++) sb.append(i).append(',').append(i * 2).append('\n');
        Files.writeString(f, sb);
        int saved = CsvImporter.blockChars;
        CsvImporter.blockChars = 4096;
        try {
            boolean[] truncated = {false};
            assertThatThrownBy(() -> Importer.read(f, null, (fraction, msg) -> {
                if (!truncated[0] && fraction > 0 && fraction < 0.9) {
                    truncated[0] = true;
                    try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.WRITE)) {
                        ch.truncate(30_000);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }, null)).isInstanceOf(ImportException.class).hasMessageContaining("changed while it was being read");
        } finally {
            CsvImporter.blockChars = saved;
        }
    }

    @Test
    void fileDeletedBeforeReadingIsReported(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("soon_gone.xlsx");
        Files.copy(path("basic.xlsx"), f);
        assertThat(Importer.detect(f)).isEqualTo(FileFormat.XLSX);
        Files.delete(f);
        assertThatThrownBy(() -> Importer.read(f, null, null, null))
                .isInstanceOf(ImportException.class).hasMessage("soon_gone.xlsx: the file does not exist");
    }

    @Test
    void unknownSheetNamesTheSheetsThatExist() {
        assertThatThrownBy(() -> read("basic.xlsx", ImportOptions.defaults().withSheet("Q9")))
                .isInstanceOf(ImportException.class)
                .hasMessage("basic.xlsx: there is no sheet named 'Q9'; sheets are Customers, Notes, Empty");
    }

    @Test
    void emptySheetIsReportedWithItsName() {
        assertThatThrownBy(() -> read("basic.xls", ImportOptions.defaults().withSheet("Empty")))
                .isInstanceOf(ImportException.class).hasMessage("basic.xls, sheet 'Empty': the sheet is empty");
    }

    @Test
    void sourceFileIsNeverModified() throws Exception {
        Path f = path("basic.xlsx");
        byte[] before = Files.readAllBytes(f);
        long modified = Files.getLastModifiedTime(f).toMillis();
        read("basic.xlsx");
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(f).toMillis()).isEqualTo(modified);
    }

    @Test
    void messageNamesFileSheetRowAndColumn() {
        ImportException ex = new ImportException(Path.of("/data/sales.xlsx"), "Q1", 12, "Price", "not a number", null);
        assertThat(ex.getMessage()).isEqualTo("sales.xlsx, sheet 'Q1', row 12, column 'Price': not a number");
        assertThat(ex.getRow()).isEqualTo(12);
        assertThat(ex.getColumn()).isEqualTo("Price");
    }
}
