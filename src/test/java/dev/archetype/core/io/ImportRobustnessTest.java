package dev.archetype.core.io;

import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression tests for import crashes on realistic large files: each names the failure it guards against.
 * Files are generated into a temporary folder at test time.
 */
class ImportRobustnessTest {
    private final int savedBlock = CsvImporter.blockChars;

    @AfterEach
    void restore() {
        CsvImporter.blockChars = savedBlock;
    }

    /** id,spend,visits with "unknown" in spend on the given 1-based data rows. */
    private static Path numericWithText(Path dir, int rows, Set<Integer> textRows) throws Exception {
        Path f = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            w.write("id,spend,visits\n");
            for (int i = 1; i <= rows; i++) {
                w.write(Integer.toString(i));
                w.write(',');
                w.write(textRows.contains(i) ? "unknown" : Integer.toString(i % 977) + ".5");
                w.write(',');
                w.write(Integer.toString(i % 13));
                w.write('\n');
            }
        }
        return f;
    }

    private static void assertSameData(Dataset a, Dataset b) {
        assertThat(b.rowCount()).isEqualTo(a.rowCount());
        assertThat(b.columnNames()).isEqualTo(a.columnNames());
        for (int c = 0; c < a.columnCount(); c++) {
            Column x = a.column(c);
            Column y = b.column(c);
            assertThat(y.type()).as(x.name()).isEqualTo(x.type());
            for (int r = 0; r < x.size(); r++) {
                if (!x.format(r).equals(y.format(r))) {
                    assertThat(y.format(r)).as(x.name() + " row " + r).isEqualTo(x.format(r));
                }
            }
        }
        assertThat(b.warnings()).isEqualTo(a.warnings());
    }

    /** Was: "Index 106172 out of bounds for length 106172" from ColumnBuilder.appendAll (CLI exit 70). */
    @Test
    void textInANumericColumnSpreadOverParallelBlocksImportsLikeTheSerialPath(@TempDir Path dir) throws Exception {
        Path f = numericWithText(dir, 600_000, Set.of(3, 150_000, 310_000, 590_000));
        assertThat(Files.size(f)).isGreaterThan(CsvImporter.blockChars); // really parallel
        Dataset parallel = Importer.read(f, null, null, null);
        assertThat(parallel.rowCount()).isEqualTo(600_000);
        assertThat(parallel.require("spend").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(parallel.require("spend").format(2)).isEmpty();
        assertThat(parallel.require("spend").format(3)).isEqualTo("4.5");
        assertThat(parallel.warnings()).anyMatch(w -> w.startsWith("Column 'spend': 4 cells that are not numbers read as missing")
                && w.contains("'unknown' at line 4") && w.contains("line 590001"));
        CsvImporter.blockChars = 64 << 20;
        assertSameData(Importer.read(f, null, null, null), parallel);
    }

    @Test
    void textEarlyInASmallBlockFollowedByNumbersMerges(@TempDir Path dir) throws Exception {
        Path f = numericWithText(dir, 5_000, Set.of(1, 700, 2_100, 4_000));
        CsvImporter.blockChars = 64 << 20;
        Dataset serial = Importer.read(f, null, null, null);
        CsvImporter.blockChars = 700;
        assertSameData(serial, Importer.read(f, null, null, null));
    }

    private static Path hugeCell(Path dir, int cellChars) throws Exception {
        Path f = dir.resolve("huge_cell.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            w.write("id,spend\n");
            for (int i = 1; i <= 2_000; i++) {
                w.write(i + ",");
                if (i == 1_000) {
                    w.write('"');
                    for (int k = 0; k < cellChars; k++) w.write(k % 50 == 49 ? '\n' : 'x');
                    w.write('"');
                } else {
                    w.write(Integer.toString(i % 97));
                }
                w.write('\n');
            }
        }
        return f;
    }

    /** Was: "Index 16 out of bounds" (5 MB) and a bare ArrayIndexOutOfBoundsException (10 MB). */
    @Test
    void fiveAndTenMegabyteQuotedCellsInANumericColumnImport(@TempDir Path dir) throws Exception {
        for (int mb : new int[] {5, 10}) {
            Path f = hugeCell(dir, mb << 20);
            Dataset ds = Importer.read(f, null, null, null);
            assertThat(ds.rowCount()).isEqualTo(2_000);
            assertThat(ds.require("spend").type()).isEqualTo(ColumnType.INTEGER);
            assertThat(ds.require("spend").format(998)).isEqualTo("29");
            assertThat(ds.require("spend").format(999)).isEmpty();
            assertThat(ds.warnings()).anyMatch(w -> w.startsWith("Column 'spend': 1 cell that is not numbers read as missing"));
            // The warning quotes the cell briefly, not megabytes of it.
            assertThat(String.join("\n", ds.warnings()).length()).isLessThan(1_000);
        }
    }
}
