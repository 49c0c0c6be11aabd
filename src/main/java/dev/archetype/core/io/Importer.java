package dev.archetype.core.io;

import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens customer spreadsheets: CSV/TSV/TXT, XLSX (streamed) and XLS, detected by content. The entry point of
 * {@code core.io}; all methods are static and thread-safe. Nothing here ever writes to the source file.
 *
 * <p>Every failure is an {@link ImportException} with a one-line message naming the file (and sheet, row and
 * column where they apply). Problems that still leave a usable table — renamed headers, error cells, ragged
 * rows, no numeric column — are warnings in {@link Dataset#warnings()}.
 */
public final class Importer {
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] EMPTY_ZIP = {0x50, 0x4B, 0x05, 0x06};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private Importer() { }

    /**
     * The file's format from its content: a zip holding {@code xl/workbook.xml} is XLSX, an OLE2 file holding
     * a {@code Workbook} stream is XLS, and text is CSV.
     *
     * @throws ImportException when the file is missing, empty, binary garbage, an encrypted or corrupt
     *                         workbook, or another kind of zip/Office file
     */
    public static FileFormat detect(Path file) throws ImportException {
        byte[] head = new byte[8192];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException ex) {
            throw new ImportException(file, "the file does not exist", ex);
        } catch (IOException ex) {
            if (Files.isDirectory(file)) throw new ImportException(file, "this is a folder, not a file", ex);
            throw new ImportException(file, "the file could not be read: " + ex.getMessage(), ex);
        }
        if (n == 0) throw new ImportException(file, "the file is empty");
        if (startsWith(head, n, ZIP) || startsWith(head, n, EMPTY_ZIP)) return checkZip(file);
        if (startsWith(head, n, OLE2)) return checkOle2(file);
        CsvSniffer.Encoding enc = CsvSniffer.encoding(head, n, null);
        String text = CsvSniffer.decodeSample(head, enc.bomLength(), n, enc.charset());
        if (CsvSniffer.looksBinary(text)) {
            if (workbookExtension(file) != null) {
                throw new ImportException(file, "the file is not an Excel workbook (it looks like binary data of another kind)");
            }
            throw new ImportException(file, CsvSniffer.binaryReason(text));
        }
        return FileFormat.CSV;
    }

    /** The workbook's sheet names in order; an empty list for CSV. */
    public static List<String> sheetNames(Path file) throws ImportException {
        return switch (detect(file)) {
            case CSV -> List.of();
            case XLSX -> XlsxImporter.sheetNames(file);
            case XLS -> XlsImporter.sheetNames(file);
        };
    }

    /**
     * The first {@code maxRows} data rows, typed, plus what was detected (format, sheets, header row, delimiter,
     * encoding) and the warnings. Reads only as much of the file as it needs.
     */
    public static ImportPreview preview(Path file, ImportOptions options, int maxRows) throws ImportException {
        if (maxRows < 1) throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        return load(file, options, ProgressListener.NONE, Cancellation.NEVER, maxRows);
    }

    /**
     * Reads the whole table.
     *
     * @param options  how to read; null means {@link ImportOptions#defaults()}
     * @param progress receives the fraction read, from the calling thread; null for none
     * @param cancel   null for never; otherwise polled every few thousand rows; when set, a {@link dev.archetype.core.task.CancelledException}
     *                 is thrown
     * @throws ImportException also when the table cannot fit in memory: before reading when even a lower bound of
     *                         what it needs exceeds the heap, or when the heap runs out while reading
     */
    public static Dataset read(Path file, ImportOptions options, ProgressListener progress, Cancellation cancel)
            throws ImportException {
        ProgressListener p = progress == null ? ProgressListener.NONE : progress;
        // Built before reading: when the heap runs out, other reading threads may still hold their blocks for a
        // moment, so even this one line could fail to be made then (it did, now and then, in CI).
        ImportException outOfMemory = new ImportException(file,
                MemoryCheck.outOfMemory(dev.archetype.core.failure.HeapAdvice.maxHeap()));
        try (var t = dev.archetype.core.task.Timings.span("read")) {
            Dataset ds = load(file, options, p, cancel, Integer.MAX_VALUE).dataset();
            p.progress(1.0, "Read " + ds.rowCount() + " rows");
            return ds;
        } catch (OutOfMemoryError e) {
            throw outOfMemory;
        }
    }

    private static ImportPreview load(Path file, ImportOptions options, ProgressListener progress, Cancellation cancel,
                                      int rowLimit) throws ImportException {
        ImportOptions o = options == null ? ImportOptions.defaults() : options;
        ProgressListener p = progress == null ? ProgressListener.NONE : progress;
        Cancellation c = cancel == null ? Cancellation.NEVER : cancel;
        FileFormat format = detect(file);
        if (format == FileFormat.CSV) {
            CsvImporter.Result r = readText(file, o, p, c, rowLimit);
            return new ImportPreview(r.dataset(), format, List.of(), null, r.headerRow(), r.delimiter(), r.encoding(),
                    r.dataset().warnings());
        }
        List<String> sheets = format == FileFormat.XLSX ? XlsxImporter.sheetNames(file) : XlsImporter.sheetNames(file);
        List<String> warnings = new ArrayList<>();
        String[] sheetRead = new String[1];
        SheetCollector.Table table = format == FileFormat.XLSX
                ? XlsxImporter.read(file, o.sheet(), o, p, c, rowLimit, warnings, sheetRead)
                : XlsImporter.read(file, o.sheet(), o, p, c, rowLimit, warnings, sheetRead);
        Dataset ds = finish(file.getFileName() + " [" + sheetRead[0] + "]", table.columns(), o, warnings);
        return new ImportPreview(ds, format, sheets, sheetRead[0], table.headerRow(), null, null, ds.warnings());
    }

    /**
     * Reads text as CSV. A text file named like a workbook (.xlsx, .xls) is still read when it holds a table (CSV
     * files do get renamed), with a warning; when it does not, the user hears that it is not a workbook rather
     * than a CSV complaint about a file they never thought of as CSV.
     */
    private static CsvImporter.Result readText(Path file, ImportOptions o, ProgressListener p, Cancellation c,
                                               int rowLimit) throws ImportException {
        String workbookKind = workbookExtension(file);
        if (workbookKind == null) return CsvImporter.read(file, o, p, c, rowLimit);
        String notWorkbook = "the file is not an Excel workbook (it looks like a text/CSV file)";
        CsvImporter.Result r;
        try {
            r = CsvImporter.read(file, o, p, c, rowLimit);
        } catch (ImportException ex) {
            throw new ImportException(file, notWorkbook + "; read as text, " + ex.getReason(), ex);
        }
        List<String> warnings = new ArrayList<>(r.dataset().warnings());
        warnings.add(0, "The file is named " + workbookKind + " but is not an Excel workbook (it looks like a text/CSV"
                + " file); it was read as CSV");
        Dataset ds = new Dataset(r.dataset().source(), r.dataset().columns(), warnings);
        return new CsvImporter.Result(ds, r.delimiter(), r.encoding(), r.headerRow());
    }

    /** ".xlsx" or ".xls" (as spelled in the name) when the name says Excel workbook, else null. */
    private static String workbookExtension(Path file) {
        Path name = file.getFileName();
        if (name == null) return null;
        String n = name.toString();
        int dot = n.lastIndexOf('.');
        if (dot < 0) return null;
        String ext = n.substring(dot).toLowerCase(java.util.Locale.ROOT);
        return switch (ext) {
            case ".xlsx", ".xlsm", ".xls" -> n.substring(dot);
            default -> null;
        };
    }

    /** Applies the user's type overrides, adds the "no numeric column" warning and builds the dataset. */
    static Dataset finish(String source, List<Column> columns, ImportOptions options, List<String> warnings) {
        List<Column> out = new ArrayList<>(columns.size());
        for (Column col : columns) {
            ColumnType wanted = options.typeOverrides().get(col.name());
            out.add(wanted == null || wanted == col.type() ? col : TypeConversion.convert(col, wanted, warnings));
        }
        for (Map.Entry<String, ColumnType> e : options.typeOverrides().entrySet()) {
            if (columns.stream().noneMatch(col -> col.name().equals(e.getKey()))) {
                warnings.add("Type override for unknown column '" + e.getKey() + "' ignored");
            }
        }
        boolean numeric = out.stream().anyMatch(col -> col.type() == ColumnType.NUMERIC || col.type() == ColumnType.INTEGER
                || col.type() == ColumnType.BOOLEAN);
        if (!numeric) warnings.add("No numeric column: clustering needs at least one number column (or a type override)");
        return new Dataset(source, out, Warnings.condense(warnings));
    }

    /** A one-line message for anything POI or the zip layer threw while opening or reading a workbook. */
    static ImportException workbookFailure(Path file, Throwable ex) {
        if (ex instanceof ImportException ie) return ie;
        String msg = String.valueOf(ex.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (ex instanceof EncryptedDocumentException || msg.contains("encrypt") || msg.contains("password")) {
            return new ImportException(file, "the workbook is password-protected; remove the password in Excel and save it again", ex);
        }
        if (msg.contains("zip bomb")) {
            return new ImportException(file, "the workbook expands to far more data than its size suggests (possible zip bomb); not opened", ex);
        }
        if (ex instanceof NoSuchFileException || (ex.getCause() instanceof NoSuchFileException)) {
            return new ImportException(file, "the file no longer exists (it was moved or deleted)", ex);
        }
        return new ImportException(file, "the workbook is damaged and cannot be read (" + shortName(ex) + ")", ex);
    }

    private static String shortName(Throwable ex) {
        String m = ex.getMessage();
        if (m == null || m.isBlank()) return ex.getClass().getSimpleName();
        m = m.lines().findFirst().orElse(m);
        return m.length() > 120 ? m.substring(0, 117) + "..." : m;
    }

    private static FileFormat checkZip(Path file) throws ImportException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            boolean workbook = false;
            boolean binaryWorkbook = false;
            boolean contentTypes = false;
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (name.equals("[Content_Types].xml")) contentTypes = true;
                if (name.equals("xl/workbook.xml")) workbook = true;
                if (name.equals("xl/workbook.bin")) binaryWorkbook = true;
            }
            if (binaryWorkbook) throw new ImportException(file, "binary workbooks (.xlsb) are not supported; save it as .xlsx");
            if (!workbook || !contentTypes) {
                throw new ImportException(file, "this is a zip archive but not an Excel workbook");
            }
            return FileFormat.XLSX;
        } catch (ZipException ex) {
            throw new ImportException(file, "the workbook is damaged (its zip structure cannot be read)", ex);
        } catch (IOException ex) {
            throw new ImportException(file, "the file could not be read: " + ex.getMessage(), ex);
        }
    }

    private static FileFormat checkOle2(Path file) throws ImportException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw new ImportException(file, "the workbook is password-protected; remove the password in Excel and save it again");
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) return FileFormat.XLS;
            throw new ImportException(file, "this is an Office document but not an Excel workbook");
        } catch (ImportException ex) {
            throw ex;
        } catch (IOException | RuntimeException ex) {
            throw new ImportException(file, "the workbook is damaged and cannot be read (" + shortName(ex) + ")", ex);
        }
    }

    private static boolean startsWith(byte[] b, int n, byte[] magic) {
        if (n < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if (b[i] != magic[i]) return false;
        return true;
    }
}
