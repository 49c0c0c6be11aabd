package dev.archetype.core.io;

import dev.archetype.cli.ArchetypeCli;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files whose shape used to lose rows or be misreported: unclosed quotes, very wide files, files with no line break. */
class CsvShapeTest {
    @TempDir Path dir;
    private final int savedBlock = CsvImporter.blockChars;
    private final int savedMaxRecord = CsvImporter.maxRecordChars;

    @AfterEach
    void restore() {
        CsvImporter.blockChars = savedBlock;
        CsvImporter.maxRecordChars = savedMaxRecord;
    }

    /** 60 data rows; the given 1-based file lines hold a quote that never closes in the name column. */
    private Path unclosed(int rows, int... quoteLines) throws Exception {
        StringBuilder sb = new StringBuilder("id,name,spend\n");
        for (int i = 1; i <= rows; i++) {
            int line = i + 1;
            boolean quote = java.util.Arrays.stream(quoteLines).anyMatch(l -> l == line);
            sb.append(i).append(',').append(quote ? "\"Bob" : "n" + i).append(',').append(i).append(".5\n");
        }
        return Files.writeString(dir.resolve("unclosed.csv"), sb);
    }

    /** Was: 6 rows and a warning about a short row; rows 7–60 vanished into one cell. */
    @Test
    void anUnclosedQuoteOnLine7KeepsAll60RowsAndSaysWhere() throws Exception {
        Dataset ds = Importer.read(unclosed(60, 7), null, null, null);
        assertThat(ds.rowCount()).isEqualTo(60);
        assertThat(ds.require("name").format(5)).isEqualTo("\"Bob");
        assertThat(ds.require("spend").format(5)).isEqualTo("6.5");
        assertThat(ds.require("spend").format(59)).isEqualTo("60.5");
        assertThat(ds.require("spend").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(ds.warnings()).contains("Line 7: a quote opens a cell but never closes it properly; it was read as an"
                + " ordinary character, so the lines after it were read as rows instead of joining one cell");
        assertThat(ds.warnings()).noneMatch(w -> w.contains("fewer fields"));
    }

    @Test
    void anUnclosedQuoteNearTheEndIsRecoveredTheSameWayByParallelBlocks() throws Exception {
        Path f = unclosed(3_000, 2_990);
        Dataset serial = Importer.read(f, null, null, null);
        assertThat(serial.rowCount()).isEqualTo(3_000);
        assertThat(serial.warnings()).anyMatch(w -> w.startsWith("Line 2990: a quote opens a cell but never closes it properly"));
        CsvImporter.blockChars = 500;
        Dataset parallel = Importer.read(f, null, null, null);
        assertThat(parallel.rowCount()).isEqualTo(3_000);
        assertThat(parallel.warnings()).isEqualTo(serial.warnings());
    }

    /**
     * A second stray quote "closes" the first one: FastCSV alone would join lines 7–30 into one record. The first
     * quote's field runs over lines and goes on after that closing quote, so it is read as an ordinary character.
     */
    @Test
    void linesAStrayQuoteWouldJoinAreReadAsRowsAndNamed() throws Exception {
        Path f = unclosed(3_000, 7, 30);
        Dataset serial = Importer.read(f, null, null, null);
        assertThat(serial.rowCount()).isEqualTo(3_000);
        assertThat(serial.require("name").format(28)).isEqualTo("\"Bob");
        assertThat(serial.require("spend").format(28)).isEqualTo("29.5");
        assertThat(serial.warnings()).contains("Lines 7, 30: quotes open cells but never close them properly; they"
                + " were read as ordinary characters, so the lines after them were read as rows instead of joining one cell");
        CsvImporter.blockChars = 500;
        Dataset parallel = Importer.read(f, null, null, null);
        assertThat(parallel.rowCount()).isEqualTo(serial.rowCount());
        assertThat(parallel.warnings()).isEqualTo(serial.warnings());
    }

    @Test
    void aRealMultiLineCellIsKept() throws Exception {
        Path f = Files.writeString(dir.resolve("notes.csv"), "id,note,spend\n1,\"two\nlines\",2.5\n2,\"say \"\"hi\"\"\nthere\",3.5\n");
        Dataset ds = Importer.read(f, null, null, null);
        assertThat(ds.rowCount()).isEqualTo(2);
        assertThat(ds.require("note").format(1)).isEqualTo("say \"hi\"\nthere");
        assertThat(ds.warnings()).noneMatch(w -> w.contains("quote"));
    }

    @Test
    void anUnclosedQuoteInTheHeaderLineStillLeavesAHeader() throws Exception {
        Path f = Files.writeString(dir.resolve("quoted_header.csv"), "\"id,name,spend\n1,a,2.5\n2,b,3.5\n3,c,4.5\n");
        Dataset ds = Importer.read(f, null, null, null);
        assertThat(ds.columnNames()).containsExactly("\"id", "name", "spend");
        assertThat(ds.rowCount()).isEqualTo(3);
        assertThat(ds.warnings()).anyMatch(w -> w.startsWith("Line 1: a quote opens a cell but never closes it properly"));
    }

    @Test
    void anUnclosedQuoteInAPreviewStillCountsRowsExactly() throws Exception {
        ImportPreview p = Importer.preview(unclosed(60, 7), ImportOptions.defaults(), 10);
        assertThat(p.dataset().rowCount()).isEqualTo(10);
        assertThat(p.dataset().require("spend").format(9)).isEqualTo("10.5");
    }

    /** In a file larger than the record limit the stray quote is found when the limit is reached, not at the end. */
    @Test
    void aQuoteLeftOpenBeyondTheRecordLimitIsReadAsAnOrdinaryCharacter() throws Exception {
        CsvImporter.blockChars = 1 << 10;
        CsvImporter.maxRecordChars = 4 << 10;
        Path f = unclosed(2_000, 7);
        Dataset ds = Importer.read(f, null, null, null);
        assertThat(ds.rowCount()).isEqualTo(2_000);
        assertThat(ds.require("spend").format(1_999)).isEqualTo("2000.5");
        assertThat(ds.warnings()).anyMatch(w -> w.startsWith("Line 7: a quote opens a cell but never closes it properly"));
        CsvImporter.blockChars = 64 << 20;
        CsvImporter.maxRecordChars = 16 << 20;
        assertThat(Importer.read(f, null, null, null).warnings()).isEqualTo(ds.warnings());
    }

    @Test
    void aQuotedCellLongerThanTheRecordLimitOnOneLineNamesItsLine() throws Exception {
        CsvImporter.blockChars = 1 << 10;
        CsvImporter.maxRecordChars = 4 << 10;
        Path f = Files.writeString(dir.resolve("long_cell.csv"), "id,note\n1,a\n2,\"" + "x".repeat(10_000) + "\"\n3,b\n");
        assertThatThrownBy(() -> Importer.read(f, null, null, null)).isInstanceOf(ImportException.class)
                .hasMessage("long_cell.csv, line 3: a quote opened here is not closed within 4 KB; check the file's"
                        + " quoting (is a closing quote missing?)");
    }

    /** Was: "the file is empty" (FastCSV's 16,384-field limit hit while sniffing). */
    @Test
    void twentyThousandColumnsImport() throws Exception {
        Path f = dir.resolve("wide.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            for (int c = 0; c < 20_000; c++) w.write((c > 0 ? "," : "") + "column_" + c);
            w.write('\n');
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 20_000; c++) w.write((c > 0 ? "," : "") + (r * c + 0.5));
                w.write('\n');
            }
        }
        assertThat(Files.size(f)).isGreaterThan(CsvImporter.SAMPLE_BYTES / 2);
        Dataset ds = Importer.read(f, null, null, null);
        assertThat(ds.columnCount()).isEqualTo(20_000);
        assertThat(ds.rowCount()).isEqualTo(3);
        assertThat(ds.columnNames().get(19_999)).isEqualTo("column_19999");
        assertThat(ds.require("column_19999").format(2)).isEqualTo("39998.5");
    }

    @Test
    void aHeaderLongerThanTheSampleIsReadWhole() throws Exception {
        Path f = dir.resolve("wider.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            for (int c = 0; c < 40_000; c++) w.write((c > 0 ? "," : "") + "a_rather_long_column_name_" + c);
            w.write('\n');
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 40_000; c++) w.write((c > 0 ? "," : "") + (r + c));
                w.write('\n');
            }
        }
        Dataset ds = Importer.read(f, null, null, null);
        assertThat(ds.columnCount()).isEqualTo(40_000);
        assertThat(ds.rowCount()).isEqualTo(2);
    }

    /** Was: FastCSV's "maximum buffer size of 16777216 …" without the file name, after reading the whole file. */
    @Test
    void aFileWithNoLineBreakLongerThanTheRecordLimitFailsWithOneLine() throws Exception {
        CsvImporter.blockChars = 8 << 10;
        CsvImporter.maxRecordChars = 64 << 10;
        Path f = dir.resolve("one_line.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            for (int i = 0; i < 100_000; i++) w.write("abc,def,");
        }
        assertThatThrownBy(() -> Importer.read(f, null, null, null)).isInstanceOf(ImportException.class)
                .hasMessage("one_line.csv, line 1: a single record is larger than 64 KB; is this a CSV file?");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), "inspect", f.toString()))
                .isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("archetype: one_line.csv, line 1: a single record is larger than 64 KB;"
                + " is this a CSV file?" + System.lineSeparator());
    }

    /** Was: "it looks like binary data" for a text table with one stray NUL byte. */
    @Test
    void aStrayNulByteIsNamedWithItsLine() throws Exception {
        Path f = Files.writeString(dir.resolve("nul.csv"), "id,spend\n1,2\n3,4\u0000\n5,6\n");
        assertThatThrownBy(() -> Importer.read(f, null, null, null)).isInstanceOf(ImportException.class)
                .hasMessage("nul.csv: line 3 holds a NUL character; this is text with binary bytes in it, not a plain"
                        + " text table");
    }

    @Test
    void aNulByteBeyondTheSampleShowsAsAMarkInTheWarning() throws Exception {
        StringBuilder sb = new StringBuilder("id,spend\n");
        for (int i = 1; i <= 60_000; i++) sb.append(i).append(',').append(i % 90).append(i == 59_000 ? "\u0000" : "").append('\n');
        Path f = Files.writeString(dir.resolve("late_nul.csv"), sb);
        assertThat(Files.size(f)).isGreaterThan(CsvImporter.SAMPLE_BYTES);
        Dataset ds = Importer.read(f, null, null, null);
        assertThat(ds.rowCount()).isEqualTo(60_000);
        assertThat(ds.warnings()).contains("Column 'spend': 1 cell that is not numbers read as missing ('50\uFFFD' at line 59001)");
    }
}
