package dev.archetype.core.io;

import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams one sheet of an .xlsx workbook with a SAX handler over the sheet XML: raw cell values (no
 * {@code DataFormatter} rounding), cached results of formulas, dates recognised by their number format.
 * The package is opened read-only from the file with POI's zip-bomb limits left on.
 */
final class XlsxImporter {
    private XlsxImporter() { }

    /** Sheet names in workbook order. */
    static List<String> sheetNames(Path file) throws ImportException {
        try (OPCPackage pkg = open(file)) {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                try (InputStream ignored = it.next()) {
                    names.add(it.getSheetName());
                }
            }
            return names;
        } catch (IOException | OpenXML4JException | RuntimeException ex) {
            throw Importer.workbookFailure(file, ex);
        }
    }

    static SheetCollector.Table read(Path file, String wanted, ImportOptions options, ProgressListener progress,
                                     Cancellation cancel, int rowLimit, List<String> warnings, String[] sheetRead)
            throws ImportException {
        try (OPCPackage pkg = open(file)) {
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904 = date1904(reader);
            StylesTable styles = reader.getStylesTable();
            SharedStrings strings = sharedStrings(file, pkg);
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            List<String> names = new ArrayList<>();
            ImportException firstProblem = null;
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String name = it.getSheetName();
                    names.add(name);
                    if (wanted != null && !wanted.equals(name)) continue;
                    List<String> sheetWarnings = new ArrayList<>();
                    SheetCollector collector = new SheetCollector(options, rowLimit, cancel);
                    SheetHandler handler = new SheetHandler(collector, styles, strings, date1904, progress, name);
                    parse(in, handler);
                    try {
                        SheetCollector.Table t = collector.finish(file, name, sheetWarnings);
                        warnings.addAll(sheetWarnings);
                        sheetRead[0] = name;
                        return t;
                    } catch (ImportException empty) {
                        if (wanted != null) throw empty;
                    if (firstProblem == null && !empty.getReason().contains("is empty")) firstProblem = empty;
                        // Look for the first sheet with data.
                    }
                }
            }
            if (wanted != null) {
                throw new ImportException(file, "there is no sheet named '" + wanted + "'; sheets are " + String.join(", ", names));
            }
            if (firstProblem != null) throw firstProblem;
            throw new ImportException(file, names.isEmpty() ? "the workbook has no sheets" : "every sheet is empty");
        } catch (ImportException ex) {
            throw ex;
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException ex) {
            if (ex instanceof dev.archetype.core.task.CancelledException ce) throw ce;
            throw Importer.workbookFailure(file, ex);
        }
    }

    /**
     * Most bytes of shared-string XML read into memory. The table is held whole (cells refer to it by index), and
     * POI's zip-bomb ratio still lets a 20 MB file expand it to 2 GB; past this the user gets one line instead of
     * running out of memory. Package-private so tests can use small files.
     */
    static long maxSharedStringBytes = Math.max(64L << 20, Runtime.getRuntime().maxMemory() / 8);

    private static SharedStrings sharedStrings(Path file, OPCPackage pkg) throws IOException, SAXException, ImportException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) return new ReadOnlySharedStringsTable(pkg, false);
        try (InputStream in = new LimitedStream(parts.get(0).getInputStream(), maxSharedStringBytes)) {
            return new ReadOnlySharedStringsTable(in, false);
        } catch (LimitedStream.TooLong ex) {
            throw new ImportException(file, "the workbook's shared-text table is larger than "
                    + CsvImporter.sizeWords(maxSharedStringBytes) + " unpacked; it is too large to read", ex);
        }
    }

    /** Fails once more than a set number of bytes was read. */
    private static final class LimitedStream extends java.io.FilterInputStream {
        private final long limit;
        private long count;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > limit) throw new TooLong();
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (count += n) > limit) throw new TooLong();
            return n;
        }

        static final class TooLong extends IOException {
            private static final long serialVersionUID = 1L;

            TooLong() {
                super("limit reached");
            }
        }
    }

    static OPCPackage open(Path file) throws ImportException {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | NotOfficeXmlFileException | OpenXML4JRuntimeException ex) {
            throw Importer.workbookFailure(file, ex);
        } catch (RuntimeException ex) {
            throw Importer.workbookFailure(file, ex);
        }
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        XMLReader xml;
        try {
            xml = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException ex) {
            throw new SAXException(ex);
        }
        xml.setContentHandler(handler);
        try {
            xml.parse(new InputSource(in));
        } catch (StopParsing stop) {
            // Enough rows for a preview.
        }
    }

    private static boolean date1904(XSSFReader reader) {
        boolean[] flag = {false};
        try (InputStream in = reader.getWorkbookData()) {
            parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
                    if ("workbookPr".equals(localName(qName))) {
                        String v = atts.getValue("date1904");
                        flag[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                        throw new StopParsing();
                    }
                    if ("sheets".equals(localName(qName))) throw new StopParsing();
                }
            });
        } catch (IOException | SAXException | InvalidFormatException ex) {
            return false;
        }
        return flag[0];
    }

    static String localName(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** Thrown to stop the SAX parse early; carries no stack trace. */
    static final class StopParsing extends SAXException {
        private static final long serialVersionUID = 1L;

        StopParsing() {
            super("stop");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** Reads {@code <row>}, {@code <c>}, {@code <v>}, inline strings and {@code <mergeCell>} of one sheet. */
    private static final class SheetHandler extends DefaultHandler {
        private final SheetCollector out;
        private final StylesTable styles;
        private final SharedStrings strings;
        private final boolean date1904;
        private final ProgressListener progress;
        private final String sheet;
        private final StringBuilder text = new StringBuilder();
        private byte[] dateStyle = new byte[64]; // 0 unknown, 1 date, 2 not a date
        private boolean capture;
        private boolean inInline;
        private int rowIndex = -1;
        private int col = -1;
        private String type;
        private int style;
        private long lastRow = -1;
        private int rowsSinceProgress;

        SheetHandler(SheetCollector out, StylesTable styles, SharedStrings strings, boolean date1904,
                     ProgressListener progress, String sheet) {
            this.out = out;
            this.styles = styles;
            this.strings = strings;
            this.date1904 = date1904;
            this.progress = progress;
            this.sheet = sheet;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            String name = localName(qName);
            switch (name) {
                case "c" -> {
                    String ref = atts.getValue("r");
                    col = ref == null ? col + 1 : SheetCollector.columnIndex(ref);
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    text.setLength(0);
                }
                case "v" -> {
                    capture = true;
                    text.setLength(0);
                }
                case "is" -> {
                    inInline = true;
                    text.setLength(0);
                }
                case "t" -> capture = inInline;
                case "row" -> {
                    String r = atts.getValue("r");
                    rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
                    col = -1;
                    out.startRow(rowIndex);
                }
                case "dimension" -> {
                    String ref = atts.getValue("ref");
                    if (ref != null) {
                        int colon = ref.indexOf(':');
                        String last = colon < 0 ? ref : ref.substring(colon + 1);
                        String digits = last.replaceAll("[^0-9]", "");
                        if (!digits.isEmpty()) lastRow = Long.parseLong(digits);
                    }
                }
                case "mergeCell" -> {
                    String ref = atts.getValue("ref");
                    if (ref != null && ref.indexOf(':') > 0) {
                        String[] p = ref.split(":");
                        out.merged(rowOf(p[0]), rowOf(p[1]), SheetCollector.columnIndex(p[0]), SheetCollector.columnIndex(p[1]));
                    }
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (capture) text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String name = localName(qName);
            switch (name) {
                case "v", "t" -> capture = false;
                case "is" -> inInline = false;
                case "c" -> cell();
                case "row" -> {
                    if (out.endRow()) throw new StopParsing();
                    if (++rowsSinceProgress == 8192) {
                        rowsSinceProgress = 0;
                        if (lastRow > 0) progress.progress(Math.min(0.95, 0.95 * (rowIndex + 1) / lastRow), "Reading sheet " + sheet);
                    }
                }
                default -> { }
            }
        }

        private void cell() {
            if (type == null || "n".equals(type)) {
                if (text.length() == 0) return;
                double v;
                try {
                    v = Double.parseDouble(text.toString());
                } catch (NumberFormatException ex) {
                    out.text(col, text.toString());
                    return;
                }
                if (isDateStyle(style) && DateUtil.isValidExcelDate(v)) {
                    LocalDateTime t = DateUtil.getLocalDateTime(v, date1904, true);
                    out.date(col, t.toEpochSecond(ZoneOffset.UTC));
                } else {
                    out.number(col, v);
                }
                return;
            }
            switch (type) {
                case "s" -> {
                    if (text.length() == 0) return;
                    int idx = Integer.parseInt(text.toString().trim());
                    out.text(col, strings.getItemAt(idx).getString());
                }
                case "inlineStr", "str" -> out.text(col, text.toString());
                case "b" -> {
                    if (text.length() > 0) out.bool(col, "1".equals(text.toString().trim()) || "true".equalsIgnoreCase(text.toString().trim()));
                }
                case "e" -> out.error(col, text.length() == 0 ? "#ERROR" : text.toString());
                case "d" -> {
                    Long secs = DateParsing.parseOne(text.toString().replace('T', ' ').replaceAll("\\.\\d+$", ""));
                    if (secs != null) out.date(col, secs); else out.text(col, text.toString());
                }
                default -> out.text(col, text.toString());
            }
        }

        private boolean isDateStyle(int s) {
            if (s >= dateStyle.length) dateStyle = java.util.Arrays.copyOf(dateStyle, Math.max(s + 1, dateStyle.length * 2));
            if (dateStyle[s] == 0) {
                boolean date = false;
                if (styles != null && s < styles.getNumCellStyles()) {
                    XSSFCellStyle st = styles.getStyleAt(s);
                    if (st != null) date = DateUtil.isADateFormat(st.getDataFormat(), st.getDataFormatString());
                }
                dateStyle[s] = (byte) (date ? 1 : 2);
            }
            return dateStyle[s] == 1;
        }

        private static int rowOf(String ref) {
            String digits = ref.replaceAll("[^0-9]", "");
            return digits.isEmpty() ? 0 : Integer.parseInt(digits) - 1;
        }
    }
}
