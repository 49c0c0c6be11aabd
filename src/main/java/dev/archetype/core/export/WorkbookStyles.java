package dev.archetype.core.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.HashMap;
import java.util.Map;

/** The few cell styles the workbook uses, created once per workbook (Excel caps a workbook at 64,000 styles). */
final class WorkbookStyles {
    final CellStyle header;
    final CellStyle bold;
    final CellStyle title;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle percent;
    final CellStyle decimal3;
    private final Workbook wb;
    private final Map<String, CellStyle> numberStyles = new HashMap<>();

    WorkbookStyles(Workbook wb) {
        this.wb = wb;
        DataFormat fmt = wb.createDataFormat();
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        header = wb.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        bold = wb.createCellStyle();
        bold.setFont(boldFont);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        title = wb.createCellStyle();
        title.setFont(big);
        date = wb.createCellStyle();
        date.setDataFormat(fmt.getFormat("yyyy-mm-dd"));
        date.setAlignment(HorizontalAlignment.RIGHT);
        dateTime = wb.createCellStyle();
        dateTime.setDataFormat(fmt.getFormat("yyyy-mm-dd hh:mm:ss"));
        dateTime.setAlignment(HorizontalAlignment.RIGHT);
        percent = wb.createCellStyle();
        percent.setDataFormat(fmt.getFormat("0.0%"));
        decimal3 = wb.createCellStyle();
        decimal3.setDataFormat(fmt.getFormat("0.000"));
    }

    /** A style with the given number format, shared between cells. */
    CellStyle number(String format) {
        return numberStyles.computeIfAbsent(format, f -> {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(f));
            return s;
        });
    }

    /** A number format that suits values of this magnitude: #,##0 for hundreds and up, fewer decimals as they grow. */
    static String formatFor(double magnitude) {
        double m = Math.abs(magnitude);
        if (m >= 100) return "#,##0";
        if (m >= 10) return "#,##0.0";
        if (m >= 1) return "0.00";
        return "0.000";
    }
}
