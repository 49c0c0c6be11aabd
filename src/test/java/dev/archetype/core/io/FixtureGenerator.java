package dev.archetype.core.io;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

/**
 * Writes the import fixtures under src/test/resources/fixtures. Run once (they are committed):
 * {@code java -cp target/test-classes:target/classes:... dev.archetype.core.io.FixtureGenerator}.
 */
public final class FixtureGenerator {
    private FixtureGenerator() { }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/fixtures");
        Files.createDirectories(dir);
        text(dir, "bom_utf8.csv", StandardCharsets.UTF_8, true,
                "Name,City,Spend\nRené,Zürich,120.5\nJosé,São Paulo,80\nZoë,Kraków,95.25\n");
        text(dir, "utf16_bom.csv", StandardCharsets.UTF_16LE, true,
                "Name\tCity\tSpend\r\nRené\tZürich\t120.5\r\nJosé\tSão Paulo\t80\r\nZoë\tKraków\t95.25\r\n");
        text(dir, "cp1252.csv", Charset.forName("windows-1252"), false,
                "Product;Price;Note\nCrème brûlée;3,50;café\nPâté;12,00;£ imported\nNaïve tea;1,25;€ cheap\n");
        text(dir, "semicolon_decimal_comma.csv", StandardCharsets.UTF_8, false,
                "Kunde;Umsatz;Rabatt;Menge\nMeier;1.234,56;2,5;10\nSchulz;987,10;0,75;3\nBrandt;12.000,00;1;7\nKeller;45,5;0;1\n");
        text(dir, "quoted_newlines_crlf.csv", StandardCharsets.UTF_8, false,
                "id,comment,amount\r\n1,\"first line\r\nsecond line\",10\r\n2,\"has, comma\",20\r\n3,\"says \"\"hi\"\"\",30\r\n4,plain,40\r\n");
        text(dir, "title_rows.csv", StandardCharsets.UTF_8, false,
                "Quarterly sales report,,\nGenerated 2024-01-31,,\n,,\nRegion,Customers,Revenue\nNorth,12,1500.5\nSouth,8,980\nEast,15,2100.25\nWest,5,400\n");
        text(dir, "currency_percent.csv", StandardCharsets.UTF_8, false,
                "Item,Price,Margin,Balance\nA,\"$1,234.50\",12%,(45.00)\nB,$99.99,7.5%,100\nC,\"$12,000\",30%,-20\n");
        text(dir, "missing_tokens.csv", StandardCharsets.UTF_8, false,
                "a,b,c\n1,x,NA\n2,N/A,3\nnull,y,-\n4,?,5\n5,,6\n");
        text(dir, "ragged.csv", StandardCharsets.UTF_8, false,
                "a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n13\n14,15,16,\n");
        text(dir, "no_header.csv", StandardCharsets.UTF_8, false, "1,2.5,3\n4,5.5,6\n7,8.5,9\n");
        text(dir, "header_only.csv", StandardCharsets.UTF_8, false, "name,age,city\n");
        text(dir, "empty.csv", StandardCharsets.UTF_8, false, "");
        text(dir, "blank_lines.csv", StandardCharsets.UTF_8, false, "x,y\n\n1,2\n\n,\n3,4\n\n");
        text(dir, "no_numeric.csv", StandardCharsets.UTF_8, false, "name,city\nAnn,Oslo\nBob,Rome\nCid,Oslo\n");
        text(dir, "pipe.txt", StandardCharsets.UTF_8, false, "a|b|c\n1|2|3\n4|5|6\n");
        text(dir, "tabs.tsv", StandardCharsets.UTF_8, false, "a\tb\n1\t2\n3\t4\n");
        text(dir, "dates.csv", StandardCharsets.UTF_8, false,
                "order,placed,eu_date,shipped\n1,2024-01-05,05/01/2024,2024-01-07 10:30\n2,2024-02-10,10/02/2024,2024-02-11 08:00\n3,2024-03-15,15/03/2024,\n");
        text(dir, "duplicate_headers.csv", StandardCharsets.UTF_8, false, "Price,,Price,Name\n1,2,3,a\n4,5,6,b\n");
        Random rnd = new Random(7);
        byte[] garbage = new byte[4096];
        rnd.nextBytes(garbage);
        Files.write(dir.resolve("binary_garbage.csv"), garbage);

        byte[] xlsx = basicWorkbook(new XSSFWorkbook());
        Files.write(dir.resolve("basic.xlsx"), xlsx);
        Files.write(dir.resolve("basic.xls"), basicWorkbook(new HSSFWorkbook()));
        Files.write(dir.resolve("workbook_renamed.csv"), xlsx);
        Files.copy(dir.resolve("bom_utf8.csv"), dir.resolve("csv_renamed.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] corrupt = Arrays.copyOf(xlsx, xlsx.length / 2);
        Files.write(dir.resolve("corrupt.xlsx"), corrupt);
        Files.write(dir.resolve("encrypted.xlsx"), encrypt(xlsx, "secret"));
        Files.write(dir.resolve("header_only.xlsx"), headerOnlyWorkbook());
        Files.write(dir.resolve("not_a_workbook.zip.xlsx"), plainZip());
        System.out.println("Fixtures written to " + dir.toAbsolutePath());
    }

    private static void text(Path dir, String name, Charset cs, boolean bom, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            if (cs.equals(StandardCharsets.UTF_8)) out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            else if (cs.equals(StandardCharsets.UTF_16LE)) out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        }
        out.write(content.getBytes(cs));
        Files.write(dir.resolve(name), out.toByteArray());
    }

    /**
     * Sheet "Customers": two title rows, a blank row, a header with a cell merged over two columns
     * ("Spend" over Spend 2023 | Spend 2024 as a two-row header), a blank column C, formulas, dates, an error
     * cell, a boolean, a blank row in the data. Sheet "Notes": a small second table. Sheet "Empty": nothing.
     */
    static byte[] basicWorkbook(Workbook wb) throws IOException {
        CreationHelper ch = wb.getCreationHelper();
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(ch.createDataFormat().getFormat("yyyy-mm-dd"));
        Sheet s = wb.createSheet("Customers");
        s.createRow(0).createCell(0).setCellValue("Customer overview");
        s.createRow(1).createCell(0).setCellValue("Exported 2024-02-01");
        Row top = s.createRow(3);
        top.createCell(0).setCellValue("Name");
        top.createCell(1).setCellValue("Region");
        top.createCell(3).setCellValue("Spend");
        top.createCell(5).setCellValue("Since");
        top.createCell(6).setCellValue("Ratio");
        top.createCell(7).setCellValue("Active");
        s.addMergedRegion(new CellRangeAddress(3, 3, 3, 4));
        s.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
        Row sub = s.createRow(4);
        sub.createCell(3).setCellValue("2023");
        sub.createCell(4).setCellValue("2024");
        Object[][] data = {
                {"Ann", "North", 100.0, 150.0, LocalDate.of(2019, 3, 1), true},
                {"Bob", "South", 80.0, 0.0, LocalDate.of(2020, 7, 15), false},
                null,
                {"Cid", "North", 120.5, 130.0, LocalDate.of(2018, 1, 31), true},
                {"Dee", "East", 60.0, 90.0, LocalDate.of(2021, 11, 2), true},
        };
        int r = 5;
        for (Object[] d : data) {
            Row row = s.createRow(r);
            if (d != null) {
                row.createCell(0).setCellValue((String) d[0]);
                row.createCell(1).setCellValue((String) d[1]);
                row.createCell(3).setCellValue((Double) d[2]);
                row.createCell(4).setCellValue((Double) d[3]);
                Cell since = row.createCell(5);
                since.setCellValue((LocalDate) d[4]);
                since.setCellStyle(dateStyle);
                int excelRow = r + 1;
                row.createCell(6).setCellFormula("E" + excelRow + "/D" + excelRow);
                row.createCell(7).setCellValue((Boolean) d[5]);
            }
            r++;
        }
        // Bob's 2024 spend is 0 and D/E is fine; make one true error cell as well.
        s.getRow(6).getCell(6).setCellFormula("D7/E7");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Sheet notes = wb.createSheet("Notes");
        Row h = notes.createRow(0);
        h.createCell(0).setCellValue("key");
        h.createCell(1).setCellValue("value");
        for (int i = 1; i <= 3; i++) {
            Row row = notes.createRow(i);
            row.createCell(0).setCellValue("k" + i);
            row.createCell(1).setCellValue(i * 1.5);
        }
        wb.createSheet("Empty");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        // Sanity: the error cell really is an error after evaluation.
        if (FormulaError.DIV0 == null) throw new IllegalStateException();
        return out.toByteArray();
    }

    private static byte[] headerOnlyWorkbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row h = wb.createSheet("Data").createRow(0);
            h.createCell(0).setCellValue("name");
            h.createCell(1).setCellValue("amount");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] plainZip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            z.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] encrypt(byte[] xlsx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(xlsx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
