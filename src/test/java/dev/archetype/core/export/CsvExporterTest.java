package dev.archetype.core.export;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.CancelledException;
import dev.archetype.core.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvExporterTest {
    @TempDir Path dir;

    private List<CsvRecord> export(ExportOptions options) throws IOException {
        Path out = dir.resolve("labeled.csv");
        CsvExporter.export(ExportFixture.request(null), out, options, ProgressListener.NONE, Cancellation.NEVER);
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(out)) {
            return reader.stream().toList();
        }
    }

    @Test
    void textThatASpreadsheetWouldRunIsEscapedButNumbersStayPlain() {
        assertThat(CsvCells.escape("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvCells.escape("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvCells.escape("+SUM(A1)")).isEqualTo("'+SUM(A1)");
        assertThat(CsvCells.escape("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.escape("\tTab")).isEqualTo("'\tTab");
        assertThat(CsvCells.escape("\rx")).isEqualTo("'\rx");
        assertThat(CsvCells.escape("-5")).isEqualTo("-5");
        assertThat(CsvCells.escape("+1.5e3")).isEqualTo("+1.5e3");
        assertThat(CsvCells.escape("plain")).isEqualTo("plain");
        assertThat(CsvCells.number(-70.25)).isEqualTo("-70.25");
        assertThat(CsvCells.number(1e20)).isEqualTo("100000000000000000000");
        assertThat(CsvCells.number(0.000125)).isEqualTo("0.000125");
    }

    @Test
    void exportedRowsCarryLabelsAndEscapedText() throws IOException {
        List<CsvRecord> rows = export(ExportOptions.defaults());
        assertThat(rows).hasSize(10);
        assertThat(rows.get(0).getFields()).containsExactly("id", "Grocery", "Fresh", "Channel", "Region", "Joined",
                "LastSeen", "Note", "Cluster", "Archetype", "Distance", "Silhouette");
        ExportRequest req = ExportFixture.request(null);
        List<String> names = req.profile().names();
        for (int i = 0; i < ExportFixture.SOURCE_ROWS.length; i++) {
            CsvRecord rec = rows.get(ExportFixture.SOURCE_ROWS[i] + 1);
            assertThat(rec.getField(8)).isEqualTo(Integer.toString(ExportFixture.LABELS[i] + 1));
            assertThat(rec.getField(9)).isEqualTo(names.get(ExportFixture.LABELS[i]));
            assertThat(Double.parseDouble(rec.getField(10))).isEqualTo(req.clustering().distance(i));
        }
        CsvRecord first = rows.get(1);
        assertThat(first.getField(0)).isEqualTo("0001");
        assertThat(first.getField(5)).isEqualTo("2020-01-10");
        assertThat(first.getField(6)).isEqualTo("2024-03-01 09:15:30");
        assertThat(first.getField(7)).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(rows.get(2).getField(7)).isEqualTo("-5");
        assertThat(rows.get(3).getField(7)).isEqualTo("'@cmd");
        assertThat(rows.get(9).getField(2)).isEqualTo("-70.25");
        assertThat(rows.get(9).getField(7)).isEqualTo("Ümlaut £");
        assertThat(rows.get(7).getField(7)).isEqualTo("plain, with comma");
        CsvRecord dropped = rows.get(5);
        assertThat(dropped.getField(1)).isEmpty();
        assertThat(dropped.getField(8)).isEmpty();
        assertThat(dropped.getField(9)).isEmpty();
    }

    @Test
    void aByteOrderMarkIsWrittenOnlyWhenAskedFor() throws IOException {
        Path out = dir.resolve("bom.csv");
        ExportRequest req = ExportFixture.request(null);
        CsvExporter.export(req, out, ExportOptions.defaults().withCsvBom(true), ProgressListener.NONE, Cancellation.NEVER);
        byte[] bytes = Files.readAllBytes(out);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, 2, StandardCharsets.UTF_8)).isEqualTo("id");

        CsvExporter.export(req, out, ExportOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("id,Grocery,");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void cancelledCsvExportLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path out = dir.resolve("labeled.csv");
        Files.writeString(out, "old");
        assertThatThrownBy(() -> CsvExporter.export(ExportFixture.request(null), out, ExportOptions.defaults(),
                ProgressListener.NONE, () -> true)).isInstanceOf(CancelledException.class);
        assertThat(Files.readString(out)).isEqualTo("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }
}
