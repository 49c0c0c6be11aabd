package dev.archetype.core.io;

import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.task.CancelledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The block-parallel CSV parse must give exactly what one sequential pass gives, wherever blocks are cut. */
class ParallelCsvTest {
    private final int savedBlock = CsvImporter.blockChars;

    @AfterEach
    void restore() {
        CsvImporter.blockChars = savedBlock;
    }

    private static Path write(Path dir, int rows) throws Exception {
        Random rnd = new Random(42);
        StringBuilder sb = new StringBuilder("id,segment,spend,note,joined\r\n");
        String[] segments = {"gold", "silver", "bronze"};
        for (int i = 1; i <= rows; i++) {
            sb.append(i).append(',').append(segments[rnd.nextInt(3)]).append(',');
            sb.append(rnd.nextInt(10) == 0 ? "NA" : String.format(java.util.Locale.ROOT, "%.2f", rnd.nextDouble() * 1000)).append(',');
            int kind = rnd.nextInt(5);
            if (kind == 0) sb.append("\"multi\nline \"\"quoted\"\", with comma\"");
            else if (kind == 1) sb.append("\"a,b\"");
            else sb.append("plain").append(i % 7);
            sb.append(',').append(2020 + i % 4).append("-0").append(1 + i % 9).append("-1").append(i % 9);
            if (i == 7777) sb.append(",extra"); // a ragged row deep in the file
            sb.append("\r\n");
        }
        Path f = dir.resolve("mixed.csv");
        Files.writeString(f, sb);
        return f;
    }

    @Test
    void manySmallBlocksGiveTheSameDatasetAsOneBlock(@TempDir Path dir) throws Exception {
        Path f = write(dir, 12_000);
        CsvImporter.blockChars = 64 << 20;
        Dataset sequential = Importer.read(f, null, null, null);
        CsvImporter.blockChars = 1500;
        Dataset parallel = Importer.read(f, null, null, null);
        assertThat(parallel.rowCount()).isEqualTo(12_000);
        assertThat(parallel.columnNames()).isEqualTo(sequential.columnNames());
        for (int c = 0; c < sequential.columnCount(); c++) {
            Column a = sequential.column(c);
            Column b = parallel.column(c);
            assertThat(b.type()).as(a.name()).isEqualTo(a.type());
            for (int r = 0; r < a.size(); r++) assertThat(b.format(r)).as(a.name() + " row " + r).isEqualTo(a.format(r));
        }
        assertThat(parallel.warnings()).isEqualTo(sequential.warnings());
    }

    @Test
    void lineNumbersCountQuotedNewlinesAcrossBlocks(@TempDir Path dir) throws Exception {
        Path f = write(dir, 12_000);
        List<String> lines = Files.readAllLines(f);
        int expectedLine = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).endsWith(",extra")) expectedLine = i + 1;
        CsvImporter.blockChars = 1500;
        Dataset ds = Importer.read(f, null, null, null);
        int line = expectedLine;
        assertThat(ds.warnings()).anyMatch(w -> w.contains("more fields") && w.endsWith("line " + line));
    }

    @Test
    void cancellationStopsTheRead(@TempDir Path dir) throws Exception {
        Path f = write(dir, 12_000);
        CsvImporter.blockChars = 1500;
        List<Double> seen = new ArrayList<>();
        assertThatThrownBy(() -> Importer.read(f, null, (fr, m) -> seen.add(fr), () -> seen.size() > 2))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void progressRisesToOne(@TempDir Path dir) throws Exception {
        Path f = write(dir, 12_000);
        CsvImporter.blockChars = 1500;
        List<Double> seen = new ArrayList<>();
        Importer.read(f, null, (fr, m) -> seen.add(fr), null);
        assertThat(seen).isSorted().last().isEqualTo(1.0);
        assertThat(seen.size()).isGreaterThan(10);
    }
}
