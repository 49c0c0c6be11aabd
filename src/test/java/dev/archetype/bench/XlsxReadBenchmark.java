package dev.archetype.bench;

import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.Importer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Streams a 1,000,000-row XLSX (written with SXSSF on first use) into a Dataset and reports wall time, process
 * CPU and peak heap; run with {@code -Xmx1g} to show the read fits. Baseline in the same run: POI's own SAX
 * event API ({@code XSSFSheetXMLHandler} with a do-nothing row handler) over the same sheet.
 */
public final class XlsxReadBenchmark {
    private XlsxReadBenchmark() { }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/archetype-bench/customers_1m.xlsx");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            generate(file, rows, 20240601L);
            System.out.printf("generated %s (%,d rows, %.1f MB) in %.1f s%n", file, rows, Files.size(file) / 1e6, (System.nanoTime() - t) / 1e9);
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("file %s, %.1f MB, max heap %d MB%n", file, Files.size(file) / 1e6, Runtime.getRuntime().maxMemory() >> 20);

        System.gc();
        resetPeaks();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        long cells = poiBaseline(file);
        double baseWall = (System.nanoTime() - t0) / 1e9;
        double baseCpu = (os.getProcessCpuTime() - c0) / 1e9;
        long basePeak = peakHeap();
        System.out.printf("POI XSSFSheetXMLHandler baseline: %,d cells, %.2f s wall, %.2f s CPU, peak heap %d MB%n",
                cells, baseWall, baseCpu, basePeak >> 20);

        System.gc();
        resetPeaks();
        c0 = os.getProcessCpuTime();
        t0 = System.nanoTime();
        Dataset ds = Importer.read(file, ImportOptions.defaults(), null, null);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - c0) / 1e9;
        long peak = peakHeap();
        System.out.printf("archetype Importer.read: %,d rows × %d columns, %.2f s wall, %.2f s CPU, peak heap %d MB%n",
                ds.rowCount(), ds.columnCount(), wall, cpu, peak >> 20);
        StringBuilder types = new StringBuilder();
        for (Column c : ds.columns()) types.append(' ').append(c.name()).append('=').append(c.type().label());
        System.out.println("types:" + types);
        System.out.printf("ratio archetype/POI-SAX baseline: wall %.2f, CPU %.2f%n", wall / baseWall, cpu / baseCpu);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    /** Sum of the heap pools' peaks: an upper bound of the true peak (pools peak at different moments). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    private static long poiBaseline(Path file) throws Exception {
        long[] count = {0};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFSheetXMLHandler.SheetContentsHandler rowHandler = new XSSFSheetXMLHandler.SheetContentsHandler() {
                @Override public void startRow(int rowNum) { }
                @Override public void endRow(int rowNum) { }
                @Override public void cell(String ref, String value, XSSFComment comment) { count[0]++; }
            };
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            try (InputStream in = it.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rowHandler, false));
                xml.parse(new InputSource(in));
            }
        }
        return count[0];
    }

    /** Same columns as {@link CustomerCsvGenerator}, written with SXSSF (100-row window); dates as date cells. */
    static void generate(Path file, int rows, long seed) throws Exception {
        Files.createDirectories(file.getParent());
        SplittableRandom rnd = new SplittableRandom(seed);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            wb.setCompressTempFiles(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet s = wb.createSheet("Customers");
            String[] header = {"customer_id", "region", "segment", "age", "income", "spend_fresh", "spend_milk",
                    "spend_grocery", "visits", "discount_rate", "last_purchase", "churned"};
            Row h = s.createRow(0);
            for (int c = 0; c < header.length; c++) h.createCell(c).setCellValue(header[c]);
            LocalDate start = LocalDate.of(2023, 1, 1);
            for (int i = 0; i < rows; i++) {
                Row r = s.createRow(i + 1);
                int seg = rnd.nextInt(CustomerCsvGenerator.SEGMENTS.length);
                double scale = 1.0 + seg * 0.6;
                r.createCell(0).setCellValue(100000 + i);
                r.createCell(1).setCellValue(CustomerCsvGenerator.REGIONS[rnd.nextInt(CustomerCsvGenerator.REGIONS.length)]);
                r.createCell(2).setCellValue(CustomerCsvGenerator.SEGMENTS[seg]);
                r.createCell(3).setCellValue(18 + rnd.nextInt(70));
                r.createCell(4).setCellValue(Math.round((20000 + rnd.nextDouble() * 90000) * 100) / 100.0);
                r.createCell(5).setCellValue(Math.round(rnd.nextDouble() * 4000 * scale * 100) / 100.0);
                r.createCell(6).setCellValue(Math.round(rnd.nextDouble() * 1500 * scale * 100) / 100.0);
                r.createCell(7).setCellValue(Math.round(rnd.nextDouble() * 3000 / scale * 100) / 100.0);
                r.createCell(8).setCellValue(rnd.nextInt(60));
                r.createCell(9).setCellValue(Math.round(rnd.nextDouble() * 0.3 * 10000) / 10000.0);
                Cell d = r.createCell(10);
                d.setCellValue(start.plusDays(rnd.nextInt(730)));
                d.setCellStyle(date);
                r.createCell(11).setCellValue(rnd.nextInt(10) == 0 ? 1 : 0);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
    }
}
