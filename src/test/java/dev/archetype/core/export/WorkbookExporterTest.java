package dev.archetype.core.export;

import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.profile.ClusterProfile;
import dev.archetype.core.profile.FeatureContrast;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.CancelledException;
import dev.archetype.core.task.ProgressListener;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold;
import org.apache.poi.ss.usermodel.ConditionType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WorkbookExporterTest {
    @TempDir Path dir;
    private Path source;
    private ExportRequest request;

    @BeforeEach
    void setUp() throws IOException {
        source = dir.resolve("customers.csv");
        Files.writeString(source, "id,Grocery\n0001,10\n");
        request = ExportFixture.request(source);
    }

    private XSSFWorkbook export(ExportRequest req, ExportOptions options) throws IOException {
        Path out = dir.resolve("out.xlsx");
        WorkbookExporter.export(req, out, options, ProgressListener.NONE, Cancellation.NEVER);
        return new XSSFWorkbook(Files.newInputStream(out));
    }

    private static int col(Sheet sheet, String header) {
        for (Cell c : sheet.getRow(0)) if (c.getStringCellValue().equals(header)) return c.getColumnIndex();
        throw new AssertionError("no column " + header);
    }

    @Test
    void workbookHasTheFiveSheetsWithCustomersFirst() throws IOException {
        try (XSSFWorkbook wb = export(request, ExportOptions.defaults())) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));
            assertThat(names).containsExactly("Customers", "Archetypes", "Compare k", "Centroids", "Run");
            assertThat(wb.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void customersCarryTheInMemoryLabelsNamesDistancesAndSilhouettes() throws IOException {
        try (XSSFWorkbook wb = export(request, ExportOptions.defaults())) {
            Sheet s = wb.getSheet("Customers");
            assertThat(s.getLastRowNum()).isEqualTo(9);
            int cluster = col(s, "Cluster");
            int name = col(s, "Archetype");
            int dist = col(s, "Distance");
            int sil = col(s, "Silhouette");
            List<String> names = request.profile().names();
            for (int i = 0; i < ExportFixture.SOURCE_ROWS.length; i++) {
                Row row = s.getRow(ExportFixture.SOURCE_ROWS[i] + 1);
                int label = ExportFixture.LABELS[i];
                assertThat(row.getCell(cluster).getNumericCellValue()).isEqualTo(label + 1);
                assertThat(row.getCell(name).getStringCellValue()).isEqualTo(names.get(label));
                assertThat(row.getCell(dist).getNumericCellValue()).isEqualTo(request.clustering().distance(i));
                assertThat(row.getCell(sil).getNumericCellValue()).isEqualTo(ExportFixture.silhouettes()[i]);
            }
            Row dropped = s.getRow(5);
            assertThat(dropped.getCell(cluster)).isNull();
            assertThat(dropped.getCell(name)).isNull();
        }
    }

    @Test
    void customersKeepOriginalTypesAndDateFormats() throws IOException {
        try (XSSFWorkbook wb = export(request, ExportOptions.defaults())) {
            Sheet s = wb.getSheet("Customers");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
            for (int r = 0; r < 9; r++) {
                Row row = s.getRow(r + 1);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(ExportFixture.IDS[r]);
                if (Double.isNaN(ExportFixture.GROCERY[r])) {
                    assertThat(row.getCell(1)).isNull();
                } else {
                    assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(ExportFixture.GROCERY[r]);
                }
                Cell joined = row.getCell(col(s, "Joined"));
                assertThat(DateUtil.isCellDateFormatted(joined)).isTrue();
                assertThat(joined.getLocalDateTimeCellValue()).isEqualTo(ExportFixture.joined(r));
                assertThat(joined.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
                Cell seen = row.getCell(col(s, "LastSeen"));
                if (r == 2) {
                    assertThat(seen).isNull();
                } else {
                    assertThat(seen.getLocalDateTimeCellValue()).isEqualTo(ExportFixture.lastSeen(r));
                    assertThat(seen.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
                }
                Cell note = row.getCell(col(s, "Note"));
                if (ExportFixture.NOTES[r] == null) assertThat(note).isNull();
                else assertThat(note.getCellType()).isEqualTo(CellType.STRING);
                if (ExportFixture.NOTES[r] != null) assertThat(note.getStringCellValue()).isEqualTo(ExportFixture.NOTES[r]);
            }
            assertThat(s.getRow(4).getCell(col(s, "Channel")).getStringCellValue()).isEqualTo("Retail");
            Cell region = s.getRow(3).getCell(col(s, "Region"));
            assertThat(region.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(region.getNumericCellValue()).isEqualTo(3);
        }
    }

    @Test
    void customersHeaderIsBoldFrozenAndFiltered() throws IOException {
        try (XSSFWorkbook wb = export(request, ExportOptions.defaults())) {
            XSSFSheet s = wb.getSheet("Customers");
            assertThat(wb.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L10");
        }
    }

    @Test
    void archetypesSheetHoldsTheProfileGridWithAColourScalePerRow() throws IOException {
        ClusterProfile profile = request.profile();
        try (XSSFWorkbook wb = export(request, ExportOptions.defaults())) {
            XSSFSheet s = wb.getSheet("Archetypes");
            Row head = s.getRow(0);
            assertThat(head.getCell(2).getStringCellValue()).isEqualTo(profile.names().get(0));
            assertThat(head.getCell(3).getStringCellValue()).isEqualTo(profile.names().get(1));
            assertThat(s.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(5);
            assertThat(s.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(3);
            assertThat(s.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(3 / 8.0);

            List<FeatureContrast> rows = profile.bySeparation();
            for (int i = 0; i < rows.size(); i++) {
                Row row = s.getRow(4 + i);
                FeatureContrast f = rows.get(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(f.name());
                assertThat(row.getCell(1).getNumericCellValue()).isCloseTo(f.overall(), within(1e-12));
                assertThat(row.getCell(2).getNumericCellValue()).isCloseTo(f.mean(0), within(1e-12));
                assertThat(row.getCell(3).getNumericCellValue()).isCloseTo(f.mean(1), within(1e-12));
                assertThat(row.getCell(6).getNumericCellValue()).isCloseTo(f.pValue(), within(1e-15));
            }
            var cf = s.getSheetConditionalFormatting();
            assertThat(cf.getNumConditionalFormattings()).isEqualTo(rows.size() + 1);
            ConditionalFormatting first = cf.getConditionalFormattingAt(0);
            assertThat(first.getFormattingRanges()[0].formatAsString()).isEqualTo("C5:D5");
            ConditionalFormattingRule rule = first.getRule(0);
            assertThat(rule.getConditionType()).isEqualTo(ConditionType.COLOR_SCALE);
            ConditionalFormattingThreshold[] t = rule.getColorScaleFormatting().getThresholds();
            FeatureContrast top = rows.get(0);
            assertThat(t[1].getValue()).isCloseTo(top.overall(), within(1e-9));
            assertThat(t[2].getValue()).isCloseTo(top.overall() + 2 * top.overallStd(), within(1e-9));

            List<String> texts = new ArrayList<>();
            for (Row row : s) for (Cell c : row) if (c.getCellType() == CellType.STRING) texts.add(c.getStringCellValue());
            assertThat(texts).contains("What sets it apart");
            assertThat(texts).containsAll(profile.archetype(0).phrases()).containsAll(profile.archetype(1).phrases());
        }
    }

    @Test
    void compareKSheetHasEachKAndALineChartOfSseAndSilhouette() throws IOException {
        try (XSSFWorkbook wb = export(request, ExportOptions.defaults())) {
            XSSFSheet s = wb.getSheet("Compare k");
            List<KMetrics> metrics = ExportFixture.compareK().metrics();
            for (int i = 0; i < metrics.size(); i++) {
                Row row = s.getRow(1 + i);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(metrics.get(i).k());
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(metrics.get(i).sse());
            }
            assertThat(s.getRow(1).getCell(8).getStringCellValue()).isEqualTo("recommended");
            assertThat(s.getRow(3).getCell(2)).isNull();
            assertThat(s.getRow(2).getCell(7).getStringCellValue()).isEqualTo("4, 2, 2");

            List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            List<XDDFChartData> data = charts.get(0).getChartSeries();
            assertThat(data).hasSize(2).allMatch(d -> d instanceof XDDFLineChartData);
            assertThat(data.get(0).getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("'Compare k'!$B$2:$B$4");
            assertThat(data.get(1).getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("'Compare k'!$C$2:$C$4");
        }
    }

    @Test
    void withoutASweepThereIsNoCompareKSheet() throws IOException {
        ExportRequest r = request;
        ExportRequest noSweep = new ExportRequest(r.dataset(), r.sourceFile(), r.sheet(), r.matrix(), r.clustering(),
                r.profile(), null, null, r.run());
        try (XSSFWorkbook wb = export(noSweep, ExportOptions.defaults())) {
            assertThat(wb.getSheet("Compare k")).isNull();
            Sheet s = wb.getSheet("Customers");
            assertThat(s.getRow(0).getLastCellNum()).isEqualTo((short) 11);
        }
    }

    @Test
    void centroidsAppearInOriginalAndScaledUnits() throws IOException {
        try (XSSFWorkbook wb = export(request, ExportOptions.defaults())) {
            Sheet s = wb.getSheet("Centroids");
            List<EncodedFeature> features = request.matrix().features();
            int d = features.size();
            for (int j = 0; j < d; j++) {
                Row original = s.getRow(2 + j);
                Row scaled = s.getRow(2 + d + 3 + j);
                assertThat(original.getCell(0).getStringCellValue()).isEqualTo(features.get(j).name());
                assertThat(scaled.getCell(0).getStringCellValue()).isEqualTo(features.get(j).name());
                for (int c = 0; c < 2; c++) {
                    double z = request.clustering().centroid(c, j);
                    assertThat(scaled.getCell(1 + c).getNumericCellValue()).isEqualTo(z);
                    assertThat(original.getCell(1 + c).getNumericCellValue())
                            .isCloseTo(z * features.get(j).scale() + features.get(j).center(), within(1e-9));
                }
            }
        }
    }

    @Test
    void runSheetCarriesWhatIsNeededToReproduce() throws Exception {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(source)));
        try (XSSFWorkbook wb = export(request, ExportOptions.defaults())) {
            Sheet s = wb.getSheet("Run");
            java.util.Map<String, Cell> values = new java.util.HashMap<>();
            for (Row row : s) values.put(row.getCell(0).getStringCellValue(), row.getCell(1));
            assertThat(values.get("Source file").getStringCellValue()).isEqualTo("customers.csv");
            assertThat(values.get("SHA-256").getStringCellValue()).isEqualTo(hash);
            assertThat(values.get("Features").getStringCellValue()).isEqualTo("Grocery, Fresh, Channel");
            assertThat(values.get("Scaling").getStringCellValue()).isEqualTo("ZSCORE");
            assertThat(values.get("Missing values").getStringCellValue()).isEqualTo("MEAN");
            assertThat(values.get("Distance").getStringCellValue()).isEqualTo("EUCLIDEAN");
            assertThat(values.get("k").getNumericCellValue()).isEqualTo(2);
            assertThat(values.get("Restarts").getNumericCellValue()).isEqualTo(10);
            assertThat(values.get("Seed").getStringCellValue()).isEqualTo("42");
            assertThat(values.get("App version").getStringCellValue()).isEqualTo("0.1.0");
            assertThat(values.get("Exported at").getStringCellValue()).isEqualTo("2026-11-26T17:00:00Z");
            assertThat(values.get("Reproduce with").getStringCellValue()).contains("--seed 42");
        }
    }

    @Test
    void rowsBeyondTheSheetLimitContinueOnTheNextSheet() throws IOException {
        try (XSSFWorkbook wb = export(request, ExportOptions.defaults().withMaxRowsPerSheet(4))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Customers");
            assertThat(wb.getSheetName(1)).isEqualTo("Customers (2)");
            assertThat(wb.getSheetName(2)).isEqualTo("Customers (3)");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Sheet s = wb.getSheetAt(i);
                assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
                for (int r = 1; r <= s.getLastRowNum(); r++) ids.add(s.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(ids).containsExactly(ExportFixture.IDS);
        }
    }

    @Test
    void cancellingMidWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path out = dir.resolve("out.xlsx");
        Files.writeString(out, "the previous export");
        AtomicInteger checks = new AtomicInteger();
        Cancellation cancelDuringSave = () -> checks.incrementAndGet() > 12;
        assertThatThrownBy(() -> WorkbookExporter.export(request, out, ExportOptions.defaults(), ProgressListener.NONE,
                cancelDuringSave)).isInstanceOf(CancelledException.class);
        assertThat(checks.get()).isGreaterThan(12);
        assertThat(Files.readString(out)).isEqualTo("the previous export");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out.xlsx", "customers.csv");
        }
    }

    @Test
    void theSourceFileIsNeverOverwritten() throws IOException {
        byte[] before = Files.readAllBytes(source);
        assertThatThrownBy(() -> WorkbookExporter.export(request, dir.resolve("./customers.csv"), ExportOptions.defaults(),
                ProgressListener.NONE, Cancellation.NEVER))
                .isInstanceOf(ExportException.class)
                .hasMessage("Refusing to overwrite the source file customers.csv; choose another file name for the export");
        assertThat(Files.readAllBytes(source)).isEqualTo(before);
    }

    @Test
    void anExistingTargetIsKeptWhenReplacingIsNotAllowed() throws IOException {
        Path out = dir.resolve("out.xlsx");
        Files.writeString(out, "keep me");
        assertThatThrownBy(() -> WorkbookExporter.export(request, out,
                ExportOptions.defaults().withOverwrite(AtomicFileWriter.Overwrite.REFUSE), ProgressListener.NONE, Cancellation.NEVER))
                .isInstanceOf(ExportException.class).hasMessageContaining("out.xlsx already exists");
        assertThat(Files.readString(out)).isEqualTo("keep me");
    }

    @Test
    void progressRunsFromZeroToOne() throws IOException {
        List<Double> seen = new ArrayList<>();
        WorkbookExporter.export(request, dir.resolve("p.xlsx"), ExportOptions.defaults(), (f, m) -> seen.add(f), Cancellation.NEVER);
        assertThat(seen.get(0)).isEqualTo(0.0);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
        assertThat(seen).isSorted();
    }
}
