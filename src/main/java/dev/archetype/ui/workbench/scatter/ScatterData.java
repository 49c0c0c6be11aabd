package dev.archetype.ui.workbench.scatter;

import java.util.List;
import java.util.function.IntFunction;

/**
 * What the scatter draws. Arrays are shared, not copied (a million rows must not be duplicated per view).
 *
 * @param x           horizontal coordinate per row
 * @param y           vertical coordinate per row
 * @param labels      cluster per row (0-based), same length as x
 * @param drawn       the row indices to draw (all rows, or a seeded sample)
 * @param centroids   per cluster {x, y}
 * @param xLabel      horizontal axis title
 * @param yLabel      vertical axis title
 * @param note        a line shown on the chart (e.g. that a sample is drawn); empty for none
 * @param describeRow text for the hover tooltip of a row index
 */
public record ScatterData(double[] x, double[] y, int[] labels, int[] drawn, List<double[]> centroids,
                          String xLabel, String yLabel, String note, IntFunction<String> describeRow) {
    public ScatterData {
        if (x.length != y.length || x.length != labels.length) throw new IllegalArgumentException("x, y and labels differ in length");
        centroids = List.copyOf(centroids);
    }
}
