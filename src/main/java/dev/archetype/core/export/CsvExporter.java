package dev.archetype.core.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the labeled rows as CSV: every original column, then Cluster (from 1), Archetype, Distance and, when
 * computed, Silhouette. UTF-8 (optionally with a BOM for Excel), CRLF, RFC 4180 quoting, and text that a
 * spreadsheet would run as a formula escaped. Atomic: see {@link AtomicFileWriter}.
 */
public final class CsvExporter {
    private static final int CHUNK = 4096;

    private CsvExporter() { }

    public static void export(ExportRequest request, Path target, ExportOptions options, ProgressListener progress,
                              Cancellation cancel) throws ExportException {
        try (var timing = dev.archetype.core.task.Timings.span("export")) {
            AtomicFileWriter.check(target, request.sourceFile(), options.overwrite());
            AtomicFileWriter.write(target, request.sourceFile(), options.overwrite(), out -> {
                if (options.csvBom()) out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.builder().fieldSeparator(options.csvDelimiter())
                        .lineDelimiter(LineDelimiter.CRLF).build(w);
                writeRows(request, csv, progress, cancel);
                csv.flush();
                w.flush();
            });
            progress.progress(1, "Saved " + target.getFileName());
        }
    }

    private static void writeRows(ExportRequest request, CsvWriter csv, ProgressListener progress, Cancellation cancel) {
        Dataset data = request.dataset();
        List<Column> columns = data.columns();
        boolean silhouettes = request.silhouettes() != null;
        boolean unusual = request.flagsUnusual();
        int extra = 3 + (silhouettes ? 1 : 0) + (unusual ? 1 : 0);
        int flag = columns.size() + extra - 1;
        String[] record = new String[columns.size() + extra];
        for (int j = 0; j < columns.size(); j++) record[j] = CsvCells.escape(columns.get(j).name());
        int base = columns.size();
        record[base] = "Cluster";
        record[base + 1] = "Archetype";
        record[base + 2] = "Distance";
        if (silhouettes) record[base + 3] = "Silhouette";
        if (unusual) record[flag] = "Unusual";
        csv.writeRecord(record);

        int[] matrixRow = request.matrixRowOfDatasetRow();
        List<String> names = request.profile().names();
        int n = data.rowCount();
        for (int r = 0; r < n; r++) {
            if (r % CHUNK == 0) {
                cancel.check();
                progress.progress((double) r / n, "Writing row " + r + " of " + n);
            }
            for (int j = 0; j < columns.size(); j++) record[j] = CsvCells.cell(columns.get(j), r);
            int m = matrixRow[r];
            if (m < 0) {
                record[base] = "";
                record[base + 1] = "";
                record[base + 2] = "";
                if (silhouettes) record[base + 3] = "";
                if (unusual) record[flag] = "";
            } else {
                int label = request.clustering().label(m);
                record[base] = Integer.toString(label + 1);
                record[base + 1] = CsvCells.escape(names.get(label));
                record[base + 2] = CsvCells.number(request.clustering().distance(m));
                if (silhouettes) record[base + 3] = CsvCells.number(request.silhouette(m));
                if (unusual) record[flag] = request.unusual(m) ? "yes" : "no";
            }
            csv.writeRecord(record);
        }
        cancel.check();
    }
}
