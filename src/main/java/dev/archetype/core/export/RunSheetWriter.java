package dev.archetype.core.export;

import dev.archetype.core.prep.EncodedFeature;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Two columns, setting and value: everything needed to reproduce the result. */
final class RunSheetWriter {
    static final String SHEET = "Run";

    private final ExportRequest request;
    private final WorkbookStyles styles;

    RunSheetWriter(ExportRequest request, WorkbookStyles styles) {
        this.request = request;
        this.styles = styles;
    }

    /** The settings in the order they are written; values as text or numbers. */
    static Map<String, Object> entries(ExportRequest request) {
        RunInfo run = request.run();
        Map<String, Object> e = new LinkedHashMap<>();
        Path src = request.sourceFile();
        e.put("Source file", src == null ? request.dataset().source() : src.getFileName().toString());
        e.put("Source path", src == null ? "—" : src.toAbsolutePath().normalize().toString());
        e.put("SHA-256", src == null ? "—" : sha256(src));
        e.put("Sheet", request.sheet() == null ? "—" : request.sheet());
        e.put("Rows in file", request.dataset().rowCount());
        e.put("Rows clustered", request.matrix().rows());
        e.put("Features", String.join(", ", featureColumns(request)));
        e.put("Encoded features", request.matrix().features().stream().map(EncodedFeature::name).collect(Collectors.joining(", ")));
        e.put("Scaling", run.scaling());
        e.put("Missing values", run.missing());
        e.put("Distance", run.distance());
        e.put("Initialisation", run.init());
        e.put("k", request.clustering().k());
        e.put("Restarts", run.restarts());
        e.put("Max iterations", run.maxIterations());
        e.put("Tolerance", run.tolerance());
        e.put("Seed", String.valueOf(run.seed()));
        e.put("SSE", request.clustering().sse());
        e.put("Iterations", request.clustering().iterations());
        e.put("Converged", request.clustering().converged() ? "yes" : "no");
        e.put("Cluster sizes", Arrays.stream(request.clustering().sizes()).mapToObj(Integer::toString).collect(Collectors.joining(", ")));
        e.put("Archetype names", String.join(" | ", request.profile().names()));
        e.put("Reproduce with", run.command() == null ? "—" : run.command());
        e.put("Preparation notes", request.matrix().warnings().isEmpty() ? "—" : String.join("; ", request.matrix().warnings()));
        e.put("App version", run.appVersion());
        e.put("Exported at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(run.time().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
        return e;
    }

    /** The dataset columns the features came from, in feature order. */
    static List<String> featureColumns(ExportRequest request) {
        Set<String> cols = new LinkedHashSet<>();
        for (EncodedFeature f : request.matrix().features()) cols.add(f.sourceColumn());
        return new ArrayList<>(cols);
    }

    void write(Sheet sheet) {
        Row head = sheet.createRow(0);
        header(head, 0, "Setting");
        header(head, 1, "Value");
        int r = 1;
        for (Map.Entry<String, Object> e : entries(request).entrySet()) {
            Row row = sheet.createRow(r++);
            Cell key = row.createCell(0);
            key.setCellValue(e.getKey());
            key.setCellStyle(styles.bold);
            Cell value = row.createCell(1);
            if (e.getValue() instanceof Number n) value.setCellValue(n.doubleValue());
            else value.setCellValue(ExcelText.fit(String.valueOf(e.getValue())));
        }
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    /** Adds a "Note" row below the settings (written after the Customers sheet, which is what it speaks of). */
    static void addNote(Sheet sheet, String note, WorkbookStyles styles) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        Cell key = row.createCell(0);
        key.setCellValue("Note");
        key.setCellStyle(styles.bold);
        row.createCell(1).setCellValue(ExcelText.fit(note));
    }

    private void header(Row row, int col, String text) {
        Cell c = row.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(styles.header);
    }

    /** Hex SHA-256 of the file, or a note saying why it is not there. */
    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            return "not available (" + file.getFileName() + " could not be read)";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
