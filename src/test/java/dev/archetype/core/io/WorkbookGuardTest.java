package dev.archetype.core.io;

import dev.archetype.cli.ArchetypeCli;
import dev.archetype.core.data.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files named or built like workbooks that are not (or are hostile) fail with one line naming the file. */
class WorkbookGuardTest {
    @TempDir Path dir;
    private final long savedLimit = XlsxImporter.maxSharedStringBytes;

    @AfterEach
    void restore() {
        XlsxImporter.maxSharedStringBytes = savedLimit;
    }

    private String cliError(Path f) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), "inspect", f.toString());
        assertThat(code).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(err.toString().lines()).hasSize(1);
        return err.toString().strip();
    }

    /** Was: "x.xlsx: the file has a header row but no data rows". */
    @Test
    void aTextFileNamedXlsxSaysItIsNotAWorkbook() throws Exception {
        Path f = Files.writeString(dir.resolve("x.xlsx"), "just some notes, not a table\n");
        assertThatThrownBy(() -> Importer.read(f, null, null, null)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("x.xlsx: the file is not an Excel workbook (it looks like a text/CSV file)");
        assertThat(cliError(f)).startsWith("archetype: x.xlsx: the file is not an Excel workbook (it looks like a text/CSV file)");
    }

    @Test
    void aTextFileNamedXlsSaysItIsNotAWorkbook() throws Exception {
        Path f = Files.writeString(dir.resolve("y.xls"), "id\n");
        assertThatThrownBy(() -> Importer.read(f, null, null, null)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("y.xls: the file is not an Excel workbook (it looks like a text/CSV file)");
    }

    @Test
    void aCsvTableNamedXlsxIsReadWithAWarning() throws Exception {
        Path f = Files.writeString(dir.resolve("table.xlsx"), "id,spend\n1,2.5\n2,3.5\n3,1.0\n");
        Dataset ds = Importer.read(f, null, null, null);
        assertThat(ds.rowCount()).isEqualTo(3);
        assertThat(ds.warnings()).contains("The file is named .xlsx but is not an Excel workbook (it looks like a text/CSV"
                + " file); it was read as CSV");
    }

    @Test
    void binaryGarbageNamedXlsxSaysItIsNotAWorkbook() throws Exception {
        byte[] junk = new byte[4096];
        new Random(3).nextBytes(junk);
        junk[0] = 0x13;
        Path f = Files.write(dir.resolve("junk.xlsx"), junk);
        assertThat(cliError(f)).isEqualTo("archetype: junk.xlsx: the file is not an Excel workbook (it looks like binary"
                + " data of another kind)");
    }

    @Test
    void aTruncatedWorkbookIsDamaged() throws Exception {
        Path good = AwkwardFiles.workbook(dir.resolve("good.xlsx"), new Random(1), 500);
        Path f = AwkwardFiles.truncated(good, dir.resolve("cut.xlsx"));
        assertThat(cliError(f)).startsWith("archetype: cut.xlsx: the workbook is damaged");
    }

    /** POI's zip-bomb ratio check is in force and its message becomes one line naming the file. */
    @Test
    void aZipBombIsRefusedWithOneLine() throws Exception {
        Path good = AwkwardFiles.workbook(dir.resolve("good.xlsx"), new Random(1), 20);
        Path f = AwkwardFiles.zipBomb(good, dir.resolve("bomb.xlsx"), 40L << 20);
        assertThat(Files.size(f)).isLessThan(1 << 20);
        assertThat(cliError(f)).isEqualTo("archetype: bomb.xlsx: the workbook expands to far more data than its size"
                + " suggests (possible zip bomb); not opened");
    }

    @Test
    void aHugeSharedStringTableIsRefusedWithOneLine() throws Exception {
        XlsxImporter.maxSharedStringBytes = 1 << 20;
        Path good = AwkwardFiles.workbook(dir.resolve("good.xlsx"), new Random(1), 20);
        Path f = AwkwardFiles.hugeSharedStrings(good, dir.resolve("strings.xlsx"), 100_000);
        assertThat(cliError(f)).isEqualTo("archetype: strings.xlsx: the workbook's shared-text table is larger than 1 MB"
                + " unpacked; it is too large to read");
        XlsxImporter.maxSharedStringBytes = 64 << 20;
        Dataset ds = Importer.read(f, null, null, null);
        assertThat(ds.rowCount()).isEqualTo(20);
        assertThat(ds.columnNames()).containsExactly("id", "segment", "spend");
    }
}
