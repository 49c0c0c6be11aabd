package dev.archetype.ui.workbench.scatter;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.profile.Projection;
import dev.archetype.ui.workbench.ClusterRun;
import dev.archetype.ui.workbench.Formats;
import dev.archetype.ui.workbench.WorkbenchViewModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the Scatter tab draws of the clustering on screen: the points of the 2-D projection (a seeded sample above
 * {@link #MAX_POINTS}), the centres, the axis titles, the caption and how a hovered row is described. Use on the FX
 * thread.
 */
public final class ScatterViewModel {
    /** Most points drawn; more rows are sampled (seeded) down to this. */
    public static final int MAX_POINTS = 20_000;
    private static final int ROW_FIELDS = 8;

    private final WorkbenchViewModel workbench;
    private final ReadOnlyObjectWrapper<ScatterData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");

    public ScatterViewModel(WorkbenchViewModel workbench) {
        this.workbench = workbench;
        workbench.currentProperty().addListener((o, a, run) -> show(run));
        show(workbench.currentProperty().get());
    }

    /** The points to draw, or null when nothing is clustered. */
    public ReadOnlyObjectProperty<ScatterData> dataProperty() { return data.getReadOnlyProperty(); }

    /** What the picture shows, in a sentence. */
    public ReadOnlyStringProperty captionProperty() { return caption.getReadOnlyProperty(); }

    /** The archetype names, for the legend. */
    public ObservableList<String> names() { return workbench.names(); }

    private void show(ClusterRun run) {
        if (run == null) {
            data.set(null);
            caption.set("");
            return;
        }
        Projection p = run.projection();
        int n = p.rows();
        int[] labels = run.clustering().labels();
        int[] drawn = Projection.sampleRows(n, MAX_POINTS, workbench.resultProperty().get() == null ? 0 : workbench.resultProperty().get().spec().seed());
        int k = run.clustering().k();
        double[] sx = new double[k], sy = new double[k];
        int[] count = new int[k];
        for (int r = 0; r < n; r++) {
            sx[labels[r]] += p.x()[r];
            sy[labels[r]] += p.y()[r];
            count[labels[r]]++;
        }
        List<double[]> centres = new ArrayList<>();
        for (int c = 0; c < k; c++) centres.add(new double[] {sx[c] / Math.max(1, count[c]), sy[c] / Math.max(1, count[c])});
        String note = drawn.length < n
                ? "Showing a seeded sample of " + Formats.count(drawn.length) + " of " + Formats.count(n) + " customers" : "";
        data.set(new ScatterData(p.x(), p.y(), labels, drawn, centres,
                "PC1 (" + Formats.percent(p.explainedFirst()) + " of variance)",
                "PC2 (" + Formats.percent(p.explainedSecond()) + " of variance)", note, rowDescriber(run)));
        caption.set("Each dot is a customer, placed by a principal-component projection of the "
                + run.matrix().cols() + " prepared features (" + Formats.percent(p.explainedFirst() + p.explainedSecond())
                + " of their variance shown). Crosses mark cluster centres. Hover a dot to see its row.");
    }

    private static java.util.function.IntFunction<String> rowDescriber(ClusterRun run) {
        Dataset data = run.data();
        int[] source = run.matrix().sourceRows();
        Set<String> columns = new LinkedHashSet<>();
        for (EncodedFeature f : run.matrix().features()) columns.add(f.sourceColumn());
        List<String> shown = new ArrayList<>(columns).subList(0, Math.min(ROW_FIELDS, columns.size()));
        return matrixRow -> {
            int row = source[matrixRow];
            StringBuilder sb = new StringBuilder("Row ").append(Formats.count(row + 1L));
            for (String c : shown) {
                var col = data.require(c);
                String v = col instanceof dev.archetype.core.data.NumericColumn num ? Formats.value(num.get(row)) : col.format(row);
                sb.append('\n').append(c).append(": ").append(v);
            }
            if (columns.size() > shown.size()) sb.append("\n…");
            return sb.toString();
        };
    }
}
