package dev.archetype.core.export;

import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.Importer;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the export writes, the app's own importer reads back as the same rows. */
class ReimportTest {
    @TempDir Path dir;

    @Test
    void customersSheetReimportsAsTheSameRowsWithLabels() throws Exception {
        ExportRequest request = ExportFixture.request(null);
        Path xlsx = dir.resolve("export.xlsx");
        WorkbookExporter.export(request, xlsx, ExportOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER);
        Dataset back = Importer.read(xlsx, ImportOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER);
        assertSameRows(request, back);
        assertThat(back.require("Grocery")).isInstanceOf(NumericColumn.class);
        assertThat(back.require("Joined")).isInstanceOf(DateColumn.class);
        assertThat(back.require("LastSeen")).isInstanceOf(DateColumn.class);
        assertThat(((DateColumn) back.require("Joined")).get(3)).isEqualTo(ExportFixture.joined(3));
        assertThat(((DateColumn) back.require("LastSeen")).get(8)).isEqualTo(ExportFixture.lastSeen(8));
    }

    @Test
    void csvExportReimportsAsTheSameRowsWithLabels() throws Exception {
        ExportRequest request = ExportFixture.request(null);
        Path csv = dir.resolve("export.csv");
        CsvExporter.export(request, csv, ExportOptions.defaults().withCsvBom(true), ProgressListener.NONE, Cancellation.NEVER);
        Dataset back = Importer.read(csv, ImportOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER);
        assertThat(back.columnNames().get(0)).isEqualTo("id");
        Column grocery = back.require("Grocery");
        for (int r = 0; r < 9; r++) assertThat(grocery.format(r)).isEqualTo(request.dataset().require("Grocery").format(r));
        assertLabels(request, back);
    }

    private static void assertSameRows(ExportRequest request, Dataset back) {
        Dataset original = request.dataset();
        assertThat(back.rowCount()).isEqualTo(original.rowCount());
        for (Column c : original.columns()) {
            Column b = back.require(c.name());
            for (int r = 0; r < original.rowCount(); r++) {
                // the importer trims surrounding white space from text cells by design
                assertThat(b.format(r)).as("%s row %d", c.name(), r).isEqualTo(c.format(r).strip());
            }
        }
        assertLabels(request, back);
    }

    private static void assertLabels(ExportRequest request, Dataset back) {
        Column cluster = back.require("Cluster");
        Column name = back.require("Archetype");
        for (int i = 0; i < ExportFixture.SOURCE_ROWS.length; i++) {
            int r = ExportFixture.SOURCE_ROWS[i];
            assertThat(cluster.format(r)).isEqualTo(Integer.toString(ExportFixture.LABELS[i] + 1));
            assertThat(name.format(r)).isEqualTo(request.profile().names().get(ExportFixture.LABELS[i]));
        }
        assertThat(cluster.isMissing(4)).isTrue();
    }
}
