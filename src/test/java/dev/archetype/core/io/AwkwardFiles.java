package dev.archetype.core.io;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes awkward input files for robustness tests: odd CSV shapes (BOMs, mixed line endings, NUL bytes, unclosed
 * quotes, ragged rows, a header only, one column, duplicate headers), binary garbage, and broken or hostile
 * workbooks (truncated, text named .xlsx, zip bomb, huge shared-string table). {@code scale} multiplies the row
 * counts and sizes: 1 for unit tests, hundreds for the soak run ({@link dev.archetype.bench.ImportSoak}).
 */
public final class AwkwardFiles {
    private AwkwardFiles() { }

    /** Every kind, written into {@code dir}; the names say what each file is. */
    public static List<Path> writeAll(Path dir, int scale, long seed) throws IOException {
        Random rnd = new Random(seed);
        List<Path> out = new ArrayList<>();
        int rows = 40 * scale;
        out.add(text(dir, "empty.csv", ""));
        out.add(text(dir, "blank_lines.csv", "\n\n  \n\r\n"));
        out.add(text(dir, "header_only.csv", "id,spend,visits\n"));
        out.add(text(dir, "one_row.csv", "id,spend,visits\n1,12.5,3\n"));
        out.add(text(dir, "one_column.csv", "spend\n" + numbers(rnd, rows, "\n")));
        out.add(text(dir, "duplicate_headers.csv", table(rnd, rows, "x,x,,x", 4, "\n")));
        out.add(text(dir, "bom_crlf.csv", "\uFEFF" + table(rnd, rows, "id,spend,visits", 3, "\r\n")));
        out.add(text(dir, "mixed_line_ends.csv", mixedLineEnds(rnd, rows)));
        out.add(text(dir, "na_header.csv", table(rnd, rows, "id,NA,score,N/A", 4, "\n")));
        out.add(text(dir, "unclosed_quote.csv", unclosedQuote(rnd, rows)));
        out.add(text(dir, "ragged.csv", ragged(rnd, rows)));
        out.add(text(dir, "text_among_numbers.csv", textAmongNumbers(rnd, rows)));
        out.add(text(dir, "semicolon_decimal_comma.csv", table(rnd, rows, "id;spend;visits", 3, "\n")
                .replace(',', ';').replace('.', ',')));
        out.add(text(dir, "wide.csv", wide(rnd, 200 * Math.min(scale, 100), 3)));
        out.add(text(dir, "no_line_break.csv", "a,b,".repeat(1000 * scale)));
        out.add(text(dir, "quoted_newlines.csv", quotedNewlines(rnd, rows)));
        out.add(bytes(dir, "nul_bytes.csv", withNuls(rnd, table(rnd, rows, "id,spend,visits", 3, "\n"))));
        out.add(bytes(dir, "garbage.csv", garbage(rnd, 4096 * scale)));
        out.add(bytes(dir, "utf16.csv", ("\uFEFF" + table(rnd, rows, "id,spend,visits", 3, "\n")).getBytes(StandardCharsets.UTF_16LE)));
        out.add(text(dir, "notes.xlsx", "just some notes, not a table\n"));
        out.add(text(dir, "csv_named.xls", table(rnd, rows, "id,spend,visits", 3, "\n")));
        out.add(bytes(dir, "garbage.xlsx", garbage(rnd, 2048)));
        Path good = workbook(dir.resolve("good.xlsx"), rnd, rows);
        out.add(good);
        out.add(truncated(good, dir.resolve("truncated.xlsx")));
        Path small = workbook(dir.resolve("small.xlsx"), rnd, 20);
        out.add(zipBomb(small, dir.resolve("zip_bomb.xlsx"), 20L << 20));
        // 200,000 strings (5 MB unpacked) per unit, up to 12 million: past the limit a 2 GB heap allows.
        out.add(hugeSharedStrings(small, dir.resolve("huge_strings.xlsx"), 200_000L * Math.min(scale, 60)));
        Files.delete(small);
        return out;
    }

    static Path text(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    static Path bytes(Path dir, String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static String numbers(Random rnd, int rows, String eol) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows; i++) sb.append(Math.round(rnd.nextGaussian() * 1000) / 10.0).append(eol);
        return sb.toString();
    }

    private static String table(Random rnd, int rows, String header, int cols, String eol) {
        StringBuilder sb = new StringBuilder(header).append(eol);
        for (int i = 1; i <= rows; i++) {
            sb.append(i);
            for (int c = 1; c < cols; c++) sb.append(',').append(Math.round(rnd.nextDouble() * 10_000) / 100.0);
            sb.append(eol);
        }
        return sb.toString();
    }

    private static String mixedLineEnds(Random rnd, int rows) {
        String[] eols = {"\n", "\r\n", "\r"};
        StringBuilder sb = new StringBuilder("id,spend,segment\n");
        for (int i = 1; i <= rows; i++) {
            sb.append(i).append(',').append(rnd.nextInt(500)).append(",s").append(rnd.nextInt(3)).append(eols[rnd.nextInt(3)]);
        }
        return sb.toString();
    }

    private static String unclosedQuote(Random rnd, int rows) {
        StringBuilder sb = new StringBuilder("id,name,spend\n");
        int bad = 1 + rnd.nextInt(rows);
        for (int i = 1; i <= rows; i++) sb.append(i).append(',').append(i == bad ? "\"Bob" : "n" + i).append(',').append(i).append(".5\n");
        return sb.toString();
    }

    private static String ragged(Random rnd, int rows) {
        StringBuilder sb = new StringBuilder("a,b,c,d\n");
        for (int i = 1; i <= rows; i++) {
            int n = 1 + rnd.nextInt(6);
            for (int c = 0; c < n; c++) sb.append(c > 0 ? "," : "").append(rnd.nextInt(100));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String textAmongNumbers(Random rnd, int rows) {
        StringBuilder sb = new StringBuilder("id,spend,visits\n");
        for (int i = 1; i <= rows; i++) {
            sb.append(i).append(',').append(rnd.nextInt(40) == 0 ? "unknown" : Integer.toString(rnd.nextInt(900)))
                    .append(',').append(rnd.nextInt(9)).append('\n');
        }
        return sb.toString();
    }

    private static String wide(Random rnd, int cols, int rows) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cols; c++) sb.append(c > 0 ? "," : "").append("c").append(c);
        sb.append('\n');
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) sb.append(c > 0 ? "," : "").append(rnd.nextInt(1000));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String quotedNewlines(Random rnd, int rows) {
        StringBuilder sb = new StringBuilder("id,note,spend\n");
        for (int i = 1; i <= rows; i++) {
            sb.append(i).append(",\"line one\nline \"\"two\"\", with comma\",").append(rnd.nextInt(100)).append('\n');
        }
        return sb.toString();
    }

    private static byte[] withNuls(Random rnd, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        for (int k = 0; k < 3; k++) b[b.length / 2 + rnd.nextInt(b.length / 4 + 1)] = 0;
        return b;
    }

    private static byte[] garbage(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        b[0] = 0x13; // not a zip or OLE2 signature
        return b;
    }

    /** A valid workbook: id, segment, spend; streamed when large (strings then inline, not shared). */
    public static Path workbook(Path file, Random rnd, int rows) throws IOException {
        try (org.apache.poi.ss.usermodel.Workbook wb = rows > 10_000 ? new SXSSFWorkbook(100) : new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("Data");
            var h = sheet.createRow(0);
            h.createCell(0).setCellValue("id");
            h.createCell(1).setCellValue("segment");
            h.createCell(2).setCellValue("spend");
            for (int r = 1; r <= rows; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("s" + rnd.nextInt(3));
                row.createCell(2).setCellValue(rnd.nextInt(10_000) / 10.0);
            }
            wb.write(out);
            if (wb instanceof SXSSFWorkbook sx) sx.dispose();
        }
        return file;
    }

    /** The first two thirds of {@code source}'s bytes. */
    public static Path truncated(Path source, Path target) throws IOException {
        byte[] all = Files.readAllBytes(source);
        return Files.write(target, java.util.Arrays.copyOf(all, all.length * 2 / 3));
    }

    /** {@code source} with its sheet XML padded by {@code padding} spaces: tiny on disk, huge unpacked. */
    public static Path zipBomb(Path source, Path target, long padding) throws IOException {
        return replaceEntry(source, target, "xl/worksheets/sheet1.xml", (original, out) -> {
            String xml = new String(original, StandardCharsets.UTF_8);
            int at = xml.indexOf("<sheetData");
            out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 16];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long k = 0; k < padding; k += spaces.length) out.write(spaces, 0, (int) Math.min(spaces.length, padding - k));
            out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        });
    }

    /** {@code source} with a shared-string table of {@code count} distinct strings (about 30 bytes each unpacked). */
    public static Path hugeSharedStrings(Path source, Path target, long count) throws IOException {
        return replaceEntry(source, target, "xl/sharedStrings.xml", (original, out) -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            String xml = new String(original, StandardCharsets.UTF_8);
            w.write(xml.substring(0, xml.lastIndexOf("</sst>"))); // the real strings keep their indices
            Random rnd = new Random(count);
            for (long i = 0; i < count; i++) w.write("<si><t>" + Long.toString(rnd.nextLong() & Long.MAX_VALUE, 36) + "</t></si>");
            w.write("</sst>");
            w.flush();
        });
    }

    interface EntryWriter {
        void write(byte[] original, OutputStream out) throws IOException;
    }

    private static Path replaceEntry(Path source, Path target, String entry, EntryWriter writer) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            ZipEntry e;
            boolean found = false;
            while ((e = in.getNextEntry()) != null) {
                byte[] content = readAll(in);
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    writer.write(content, out);
                    found = true;
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
            if (!found) throw new IOException("no entry " + entry + " in " + source);
        }
        return target;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
