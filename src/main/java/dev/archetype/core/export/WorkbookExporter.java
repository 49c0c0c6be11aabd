package dev.archetype.core.export;

import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes the labeled workbook: "Customers" (every row, streamed with SXSSF so a million rows fit in a small
 * heap), "Archetypes" (the profile grid with a colour scale), "Compare k" (when a sweep was run, with a line
 * chart), "Centroids" and "Run". The small sheets are built as ordinary XSSF sheets first, then the workbook is
 * wrapped for streaming. Atomic: a failed or cancelled export leaves no file behind and an existing target intact.
 */
public final class WorkbookExporter {
    /** Rows SXSSF keeps in memory per sheet. */
    static final int WINDOW = 100;

    private WorkbookExporter() { }

    /** Deletes the streaming writer's temporary files of this process now (before a forced exit). */
    public static void removeTemporaryFiles() {
        PoiTempFiles.removeMine();
    }

    /**
     * @throws ExportException    when the file cannot be written (message names the file and the reason)
     * @throws dev.archetype.core.task.CancelledException when cancelled
     */
    public static void export(ExportRequest request, Path target, ExportOptions options, ProgressListener progress,
                              Cancellation cancel) throws ExportException {
        try (var timing = dev.archetype.core.task.Timings.span("export")) {
            AtomicFileWriter.check(target, request.sourceFile(), options.overwrite());
            progress.progress(0, "Preparing the workbook");
            XSSFWorkbook base = new XSSFWorkbook();
            WorkbookStyles styles = new WorkbookStyles(base);
            new ArchetypesSheetWriter(request.profile(), request.attributes(), styles).write(base.createSheet(ArchetypesSheetWriter.SHEET));
            if (request.compareK() != null) {
                new CompareKSheetWriter(request.compareK(), styles).write(base.createSheet(CompareKSheetWriter.SHEET));
            }
            new CentroidsSheetWriter(request.matrix(), request.clustering(), request.profile(), styles)
                    .write(base.createSheet(CentroidsSheetWriter.SHEET));
            new RunSheetWriter(request, styles).write(base.createSheet(RunSheetWriter.SHEET));
            cancel.check();

            PoiTempFiles.install();
            SXSSFWorkbook wb = new SXSSFWorkbook(base, WINDOW);
            try {
                CustomersSheetWriter customers = new CustomersSheetWriter(request, styles, options.maxRowsPerSheet());
                customers.write(wb, progress, cancel, 0.02, 0.8);
                if (customers.cutNote() != null) RunSheetWriter.addNote(base.getSheet(RunSheetWriter.SHEET), customers.cutNote(), styles);
                wb.setActiveSheet(0);
                wb.setSelectedTab(0);
                progress.progress(0.8, "Saving " + target.getFileName());
                AtomicFileWriter.write(target, request.sourceFile(), options.overwrite(),
                        out -> wb.write(new CancellableOutputStream(out, cancel)));
                progress.progress(1, "Saved " + target.getFileName());
            } finally {
                wb.dispose();
                try {
                    wb.close();
                } catch (IOException ignored) {
                    // the workbook was only in memory and temp files; nothing left to release
                }
            }
        }
    }

    /** Lets Cancel stop the (long) zip write of a big workbook. */
    private static final class CancellableOutputStream extends FilterOutputStream {
        private final Cancellation cancel;

        CancellableOutputStream(OutputStream out, Cancellation cancel) {
            super(out);
            this.cancel = cancel;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            cancel.check();
            out.write(b, off, len);
        }
    }
}
