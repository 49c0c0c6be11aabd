package dev.archetype.core.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Each k's metrics and sizes, with a native line chart of SSE (left axis) and silhouette (right axis) against k. */
final class CompareKSheetWriter {
    static final String SHEET = "Compare k";
    static final String[] HEADERS = {"k", "SSE", "Silhouette", "Silhouette sampled", "Calinski–Harabasz",
            "Davies–Bouldin", "Stability", "Cluster sizes", "Recommended"};

    private final CompareK compare;
    private final WorkbookStyles styles;

    CompareKSheetWriter(CompareK compare, WorkbookStyles styles) {
        this.compare = compare;
        this.styles = styles;
    }

    void write(XSSFSheet sheet) {
        Row head = sheet.createRow(0);
        for (int j = 0; j < HEADERS.length; j++) {
            Cell c = head.createCell(j);
            c.setCellValue(HEADERS[j]);
            c.setCellStyle(styles.header);
            sheet.setColumnWidth(j, (j == 7 ? 30 : 15) * 256);
        }
        int r = 1;
        CellStyle big = styles.number("#,##0.00");
        for (KMetrics m : compare.metrics()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(m.k());
            number(row, 1, m.sse(), big);
            number(row, 2, m.silhouette(), styles.decimal3);
            row.createCell(3).setCellValue(Double.isNaN(m.silhouette()) ? "not computed" : m.silhouetteSampled() ? "yes" : "no");
            number(row, 4, m.calinskiHarabasz(), big);
            number(row, 5, m.daviesBouldin(), styles.decimal3);
            number(row, 6, m.stability(), styles.decimal3);
            row.createCell(7).setCellValue(Arrays.stream(m.sizes()).mapToObj(Integer::toString).collect(Collectors.joining(", ")));
            if (m.k() == compare.recommendedK()) {
                Cell rec = row.createCell(8);
                rec.setCellValue("recommended");
                rec.setCellStyle(styles.bold);
            }
        }
        int last = r - 1;
        if (compare.recommendedK() > 0) {
            Row note = sheet.createRow(r + 1);
            Cell c = note.createCell(0);
            c.setCellValue(compare.reason().isBlank() ? "Recommended k = " + compare.recommendedK() : "Recommendation: " + compare.reason());
            c.setCellStyle(styles.bold);
        }
        sheet.createFreezePane(0, 1);
        chart(sheet, last, r + 3);
    }

    private void chart(XSSFSheet sheet, int lastRow, int top) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, 9, top + 22);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("SSE and silhouette against k");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFDataSource<Double> ks = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, lastRow, 0, 0));
        XDDFNumericalDataSource<Double> sse = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, lastRow, 1, 1));
        XDDFNumericalDataSource<Double> sil = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, lastRow, 2, 2));

        XDDFCategoryAxis kAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        kAxis.setTitle("k");
        XDDFValueAxis sseAxis = chart.createValueAxis(AxisPosition.LEFT);
        sseAxis.setTitle("SSE");
        sseAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFLineChartData sseData = (XDDFLineChartData) chart.createData(ChartTypes.LINE, kAxis, sseAxis);
        sseData.setVaryColors(false);
        XDDFLineChartData.Series sseSeries = (XDDFLineChartData.Series) sseData.addSeries(ks, sse);
        sseSeries.setTitle("SSE", new CellReference(sheet.getSheetName(), 0, 1, true, true));
        style(sseSeries, PresetColor.STEEL_BLUE, MarkerStyle.CIRCLE);
        chart.plot(sseData);

        XDDFCategoryAxis kAxis2 = chart.createCategoryAxis(AxisPosition.BOTTOM);
        kAxis2.setVisible(false);
        XDDFValueAxis silAxis = chart.createValueAxis(AxisPosition.RIGHT);
        silAxis.setTitle("Silhouette");
        silAxis.setCrosses(AxisCrosses.MAX);
        kAxis2.crossAxis(silAxis);
        silAxis.crossAxis(kAxis2);
        XDDFLineChartData silData = (XDDFLineChartData) chart.createData(ChartTypes.LINE, kAxis2, silAxis);
        silData.setVaryColors(false);
        XDDFLineChartData.Series silSeries = (XDDFLineChartData.Series) silData.addSeries(ks, sil);
        silSeries.setTitle("Silhouette", new CellReference(sheet.getSheetName(), 0, 2, true, true));
        style(silSeries, PresetColor.DARK_ORANGE, MarkerStyle.DIAMOND);
        chart.plot(silData);
    }

    private static void style(XDDFLineChartData.Series series, PresetColor color, MarkerStyle marker) {
        series.setSmooth(false);
        series.setMarkerStyle(marker);
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        line.setWidth(2.25);
        XDDFShapeProperties shape = series.getShapeProperties();
        if (shape == null) shape = new XDDFShapeProperties();
        shape.setLineProperties(line);
        series.setShapeProperties(shape);
    }

    private static void number(Row row, int col, double v, CellStyle style) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return;
        Cell c = row.createCell(col);
        c.setCellValue(v);
        c.setCellStyle(style);
    }
}
