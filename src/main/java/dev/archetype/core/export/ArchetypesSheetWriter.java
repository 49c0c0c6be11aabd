package dev.archetype.core.export;

import dev.archetype.core.profile.Archetype;
import dev.archetype.core.profile.ClusterProfile;
import dev.archetype.core.profile.FeatureContrast;
import dev.archetype.core.transactions.RollupGridRow;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;

import java.util.List;

/**
 * The profile grid as in the app: clusters as columns (name, size, share), features as rows sorted by how
 * much they separate the clusters, cluster means in original units next to the overall value, a diverging
 * colour scale per row centred on the overall value (±2 standard deviations at the ends, so the colour is the
 * z value), the test and p-value per feature, what sets each cluster apart in words, and the z values
 * themselves under one colour scale.
 */
final class ArchetypesSheetWriter {
    static final String SHEET = "Archetypes";
    /** Colour-blind-safe diverging palette (ColorBrewer RdBu ends and a neutral middle). */
    static final byte[] LOW = {(byte) 0x21, (byte) 0x66, (byte) 0xAC};
    static final byte[] MID = {(byte) 0xF7, (byte) 0xF7, (byte) 0xF7};
    static final byte[] HIGH = {(byte) 0xB2, (byte) 0x18, (byte) 0x2B};
    /** Standard deviations from the overall value at which the colour is at its strongest. */
    static final double Z_SPAN = 2.0;
    static final int FIRST_CLUSTER_COL = 2;
    /** Excel's serial number of 1970-01-01: a mean date in epoch days plus this is an Excel date. */
    static final double EXCEL_DAY_OF_1970 = 25_569;

    static final String ATTRIBUTES_TITLE = "Item attributes (share of the group's purchases, or mean)";

    private final ClusterProfile profile;
    private final List<RollupGridRow> attributes;
    private final WorkbookStyles styles;

    ArchetypesSheetWriter(ClusterProfile profile, List<RollupGridRow> attributes, WorkbookStyles styles) {
        this.profile = profile;
        this.attributes = attributes;
        this.styles = styles;
    }

    void write(Sheet sheet) {
        int k = profile.k();
        int testCol = FIRST_CLUSTER_COL + k;
        List<FeatureContrast> rows = profile.bySeparation();
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();

        Row head = sheet.createRow(0);
        header(head, 0, "Feature");
        header(head, 1, "Overall");
        for (int c = 0; c < k; c++) header(head, FIRST_CLUSTER_COL + c, profile.archetype(c).name());
        header(head, testCol, "Test");
        header(head, testCol + 1, "Statistic");
        header(head, testCol + 2, "p-value");
        header(head, testCol + 3, "Separation (η²)");

        Row clusterRow = sheet.createRow(1);
        label(clusterRow, "Cluster");
        for (int c = 0; c < k; c++) clusterRow.createCell(FIRST_CLUSTER_COL + c).setCellValue(c + 1);
        Row sizeRow = sheet.createRow(2);
        label(sizeRow, "Size");
        sizeRow.createCell(1).setCellValue(profile.rows());
        Row shareRow = sheet.createRow(3);
        label(shareRow, "Share");
        percentCell(shareRow, 1, 1.0);
        for (int c = 0; c < k; c++) {
            Archetype a = profile.archetype(c);
            sizeRow.createCell(FIRST_CLUSTER_COL + c).setCellValue(a.size());
            percentCell(shareRow, FIRST_CLUSTER_COL + c, a.share());
        }

        int r = 4;
        for (FeatureContrast f : rows) {
            Row row = sheet.createRow(r);
            label(row, f.name() + (f.kind() == FeatureContrast.Kind.PROPORTION ? f.kind().labelSuffix() : ""));
            CellStyle style = switch (f.kind()) {
                case SHARE, PROPORTION -> styles.percent;
                case DATE -> styles.date;
                case MEAN -> styles.number(WorkbookStyles.formatFor(f.overall()));
            };
            double shift = f.kind() == FeatureContrast.Kind.DATE ? EXCEL_DAY_OF_1970 : 0;
            numberCell(row, 1, f.overall() + shift, style);
            for (int c = 0; c < k; c++) numberCell(row, FIRST_CLUSTER_COL + c, f.mean(c) + shift, style);
            row.createCell(testCol).setCellValue(f.test().label());
            numberCell(row, testCol + 1, f.statistic(), styles.number("0.00"));
            numberCell(row, testCol + 2, f.pValue(), styles.number("0.0000"));
            numberCell(row, testCol + 3, f.separation(), styles.decimal3);
            if (f.overallStd() > 0 && k > 0) {
                cf.addConditionalFormatting(new CellRangeAddress[] {
                        new CellRangeAddress(r, r, FIRST_CLUSTER_COL, FIRST_CLUSTER_COL + k - 1)},
                        colourScale(cf, shift + f.overall() - Z_SPAN * f.overallStd(), shift + f.overall(),
                                shift + f.overall() + Z_SPAN * f.overallStd()));
            }
            r++;
        }

        if (!attributes.isEmpty()) r = writeAttributes(sheet, cf, r + 1);

        r++;
        Row apart = sheet.createRow(r++);
        header(apart, 0, "What sets it apart");
        for (int c = 0; c < k; c++) header(apart, FIRST_CLUSTER_COL + c, profile.archetype(c).name());
        for (int i = 0; i < dev.archetype.core.profile.DistinctivePicker.TOP; i++) {
            Row row = sheet.createRow(r++);
            label(row, ordinal(i + 1));
            for (int c = 0; c < k; c++) {
                List<String> phrases = profile.archetype(c).phrases();
                if (i < phrases.size()) {
                    Cell cell = row.createCell(FIRST_CLUSTER_COL + c);
                    cell.setCellValue(phrases.get(i));
                }
            }
        }

        if (profile.archetypes().stream().anyMatch(a -> a.figures() != null)) {
            Row typical = sheet.createRow(r++);
            label(typical, "Typical member (medians)");
            for (int c = 0; c < k; c++) {
                String figures = profile.archetype(c).figures();
                if (figures != null) typical.createCell(FIRST_CLUSTER_COL + c).setCellValue(figures);
            }
        }
        Row stable = sheet.createRow(r++);
        label(stable, "Stability (bootstrap Jaccard)");
        for (int c = 0; c < k; c++) {
            double j = profile.archetype(c).stability();
            if (Double.isNaN(j)) continue;
            stable.createCell(FIRST_CLUSTER_COL + c).setCellValue(
                    String.format(java.util.Locale.ROOT, "%.2f, %s", j, dev.archetype.core.cluster.BootstrapStability.word(j)));
        }
        Row rule = sheet.createRow(r++);
        label(rule, "Rule");
        Row precision = sheet.createRow(r++);
        label(precision, "Rule precision");
        Row recall = sheet.createRow(r++);
        label(recall, "Rule recall");
        for (int c = 0; c < k; c++) {
            var mr = profile.archetype(c).rule();
            if (mr == null) continue;
            rule.createCell(FIRST_CLUSTER_COL + c).setCellValue(mr.conditionsText());
            numberCell(precision, FIRST_CLUSTER_COL + c, mr.precision(), styles.number("0.0%"));
            numberCell(recall, FIRST_CLUSTER_COL + c, mr.recall(), styles.number("0.0%"));
        }

        r++;
        Row zHead = sheet.createRow(r++);
        header(zHead, 0, "Distance from overall (standard deviations)");
        for (int c = 0; c < k; c++) header(zHead, FIRST_CLUSTER_COL + c, profile.archetype(c).name());
        int zFirst = r;
        for (FeatureContrast f : rows) {
            Row row = sheet.createRow(r++);
            label(row, f.name() + (f.kind() == FeatureContrast.Kind.PROPORTION ? f.kind().labelSuffix() : ""));
            for (int c = 0; c < k; c++) numberCell(row, FIRST_CLUSTER_COL + c, f.z(c), styles.number("+0.00;-0.00;0.00"));
        }
        if (!rows.isEmpty() && k > 0) {
            cf.addConditionalFormatting(new CellRangeAddress[] {
                    new CellRangeAddress(zFirst, r - 1, FIRST_CLUSTER_COL, FIRST_CLUSTER_COL + k - 1)},
                    colourScale(cf, -Z_SPAN, 0, Z_SPAN));
        }

        int firstWidth = 20;
        for (FeatureContrast f : rows) firstWidth = Math.max(firstWidth, f.name().length() + 2);
        sheet.setColumnWidth(0, Math.min(60, Math.max(firstWidth, 44)) * 256);
        sheet.setColumnWidth(1, 12 * 256);
        for (int c = 0; c < k; c++) sheet.setColumnWidth(FIRST_CLUSTER_COL + c, clusterColumnChars(profile.archetype(c)) * 256);
        for (int j = 0; j < 4; j++) sheet.setColumnWidth(testCol + j, 14 * 256);
        sheet.createFreezePane(FIRST_CLUSTER_COL, 1);
    }

    /**
     * The roll-up of what each cluster's members bought, one row per attribute level (shares) or numeric
     * attribute (means), coloured from the lowest cluster through the overall value to the highest.
     * Returns the next free row.
     */
    private int writeAttributes(Sheet sheet, SheetConditionalFormatting cf, int r) {
        int k = profile.k();
        Row title = sheet.createRow(r++);
        header(title, 0, ATTRIBUTES_TITLE);
        header(title, 1, "Overall");
        for (int c = 0; c < k; c++) header(title, FIRST_CLUSTER_COL + c, profile.archetype(c).name());
        for (RollupGridRow a : attributes) {
            Row row = sheet.createRow(r);
            label(row, a.label());
            CellStyle style = a.isShare() ? styles.percent : styles.number(WorkbookStyles.formatFor(a.overall()));
            numberCell(row, 1, a.overall(), style);
            double low = a.overall(), high = a.overall();
            for (int c = 0; c < k; c++) {
                double v = a.cluster(c);
                numberCell(row, FIRST_CLUSTER_COL + c, v, style);
                if (!Double.isNaN(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
            if (high > low && k > 0 && !Double.isNaN(a.overall())) {
                cf.addConditionalFormatting(new CellRangeAddress[] {
                        new CellRangeAddress(r, r, FIRST_CLUSTER_COL, FIRST_CLUSTER_COL + k - 1)},
                        colourScale(cf, Math.min(low, a.overall() - 1e-9), a.overall(), Math.max(high, a.overall() + 1e-9)));
            }
            r++;
        }
        return r;
    }

    /** Wide enough for the cluster's name and its phrases on one line, within reason. */
    static int clusterColumnChars(Archetype a) {
        int longest = a.name().length();
        for (String p : a.phrases()) longest = Math.max(longest, p.length());
        return Math.max(14, Math.min(60, longest + 3));
    }

    private static ConditionalFormattingRule colourScale(SheetConditionalFormatting cf, double low, double mid, double high) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(3);
        var thresholds = scale.getThresholds();
        thresholds[0].setRangeType(RangeType.NUMBER);
        thresholds[0].setValue(low);
        thresholds[1].setRangeType(RangeType.NUMBER);
        thresholds[1].setValue(mid);
        thresholds[2].setRangeType(RangeType.NUMBER);
        thresholds[2].setValue(high);
        scale.setThresholds(thresholds);
        scale.setColors(new ExtendedColor[] {color(LOW), color(MID), color(HIGH)});
        return rule;
    }

    private static ExtendedColor color(byte[] rgb) {
        return new XSSFColor(rgb, null);
    }

    private void header(Row row, int col, String text) {
        Cell cell = row.createCell(col);
        cell.setCellValue(text);
        cell.setCellStyle(styles.header);
    }

    private void label(Row row, String text) {
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.bold);
    }

    private void percentCell(Row row, int col, double v) {
        numberCell(row, col, v, styles.percent);
    }

    private static void numberCell(Row row, int col, double v, CellStyle style) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return;
        Cell cell = row.createCell(col);
        cell.setCellValue(v);
        cell.setCellStyle(style);
    }

    private static String ordinal(int i) {
        return switch (i) {
            case 1 -> "1st";
            case 2 -> "2nd";
            case 3 -> "3rd";
            default -> i + "th";
        };
    }
}
