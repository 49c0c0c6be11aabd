package dev.archetype.core.export;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.profile.ClusterProfile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The centroids twice: in original units (each encoded feature's transform undone; a one-hot level reads as
 * a share) and in the scaled units k-means worked in.
 */
final class CentroidsSheetWriter {
    static final String SHEET = "Centroids";
    static final String ORIGINAL_TITLE = "Centroids in original units (one-hot levels as shares)";
    static final String SCALED_TITLE = "Centroids in scaled units (what k-means saw)";

    private final FeatureMatrix matrix;
    private final Clustering clustering;
    private final ClusterProfile profile;
    private final WorkbookStyles styles;

    CentroidsSheetWriter(FeatureMatrix matrix, Clustering clustering, ClusterProfile profile, WorkbookStyles styles) {
        this.matrix = matrix;
        this.clustering = clustering;
        this.profile = profile;
        this.styles = styles;
    }

    void write(Sheet sheet) {
        int r = block(sheet, 0, ORIGINAL_TITLE, true);
        block(sheet, r + 1, SCALED_TITLE, false);
        sheet.setColumnWidth(0, 32 * 256);
        for (int c = 0; c < clustering.k(); c++) sheet.setColumnWidth(1 + c, 22 * 256);
    }

    /** Writes one block from row {@code r}; returns the next free row. */
    private int block(Sheet sheet, int r, String title, boolean original) {
        Cell t = sheet.createRow(r++).createCell(0);
        t.setCellValue(title);
        t.setCellStyle(styles.title);
        Row head = sheet.createRow(r++);
        header(head, 0, "Feature");
        for (int c = 0; c < clustering.k(); c++) header(head, 1 + c, (c + 1) + ": " + profile.archetype(c).name());
        List<EncodedFeature> features = matrix.features();
        for (int j = 0; j < features.size(); j++) {
            EncodedFeature f = features.get(j);
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(f.name());
            DoubleUnaryOperator unit = original ? f::toOriginal : v -> v;
            CellStyle style = original && f.isOneHot() ? styles.percent
                    : styles.number(original ? WorkbookStyles.formatFor(f.center()) : "0.000");
            for (int c = 0; c < clustering.k(); c++) {
                Cell cell = row.createCell(1 + c);
                cell.setCellValue(unit.applyAsDouble(clustering.centroid(c, j)));
                cell.setCellStyle(style);
            }
        }
        return r;
    }

    private void header(Row row, int col, String text) {
        Cell c = row.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(styles.header);
    }
}
