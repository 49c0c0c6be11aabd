package dev.archetype.ui.workbench.scatter;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.profile.Projection;
import dev.archetype.ui.workbench.ClusterRun;
import dev.archetype.ui.workbench.Formats;
import dev.archetype.ui.workbench.WorkbenchViewModel;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Scatter tab: the customers on the first two principal components of the prepared features,
 * coloured by cluster, centres marked; above {@link #MAX_POINTS} rows a seeded sample is drawn and the
 * chart says so. Hovering a point shows its row.
 */
public final class ScatterView extends StackPane {
    /** Most points drawn; more rows are sampled (seeded) down to this. */
    public static final int MAX_POINTS = 20_000;
    private static final int ROW_FIELDS = 8;

    private final WorkbenchViewModel vm;
    private final ScatterCanvas canvas = new ScatterCanvas();
    private final Label caption = new Label();
    private final HBox headerActions = new HBox(6);

    public ScatterView(WorkbenchViewModel vm) {
        this.vm = vm;
        setId("scatter-view");
        caption.setId("scatter-caption");
        caption.getStyleClass().add("hint");
        caption.setWrapText(true);
        BorderPane content = new BorderPane(canvas);
        HBox.setHgrow(caption, Priority.ALWAYS);
        caption.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(8, caption, headerActions);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 12, 4, 12));
        content.setTop(new VBox(0, top, dev.archetype.ui.workbench.RunBanner.forClustering(vm, "scatter-run-banner")));
        content.visibleProperty().bind(vm.currentProperty().isNotNull());

        Label empty = new Label("Run Compare k or Cluster to see the customers on a map");
        empty.getStyleClass().add("empty-headline");
        VBox emptyBox = new VBox(empty);
        emptyBox.setAlignment(Pos.CENTER);
        emptyBox.getStyleClass().add("empty-state");
        emptyBox.visibleProperty().bind(vm.currentProperty().isNull());
        getChildren().addAll(content, emptyBox);

        vm.currentProperty().addListener((o, a, run) -> show(run));
        vm.names().addListener((ListChangeListener<String>) c -> canvas.getClusterNames().setAll(vm.names()));
        show(vm.currentProperty().get());
    }

    public ScatterCanvas canvas() { return canvas; }

    /** Adds buttons (e.g. export's "Save as PNG…") at the right end of the header. */
    public void addHeaderActions(javafx.scene.Node... nodes) { headerActions.getChildren().addAll(nodes); }

    private void show(ClusterRun run) {
        if (run == null) {
            canvas.dataProperty().set(null);
            caption.setText("");
            return;
        }
        Projection p = run.projection();
        int n = p.rows();
        int[] labels = run.clustering().labels();
        int[] drawn = Projection.sampleRows(n, MAX_POINTS, vm.setup().seedProperty().get());
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
        canvas.getClusterNames().setAll(vm.names());
        canvas.dataProperty().set(new ScatterData(p.x(), p.y(), labels, drawn, centres,
                "PC1 (" + Formats.percent(p.explainedFirst()) + " of variance)",
                "PC2 (" + Formats.percent(p.explainedSecond()) + " of variance)", note, rowDescriber(run)));
        caption.setText("Each dot is a customer, placed by a principal-component projection of the "
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
