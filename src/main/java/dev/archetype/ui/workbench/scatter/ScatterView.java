package dev.archetype.ui.workbench.scatter;

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


/**
 * The Scatter tab: the customers on the first two principal components of the prepared features,
 * coloured by cluster, centres marked; above {@link #MAX_POINTS} rows a seeded sample is drawn and the
 * chart says so. Hovering a point shows its row.
 */
public final class ScatterView extends StackPane {
    /** Most points drawn; more rows are sampled (seeded) down to this. */
    public static final int MAX_POINTS = ScatterViewModel.MAX_POINTS;

    private final WorkbenchViewModel vm;
    private final ScatterViewModel model;
    private final ScatterCanvas canvas = new ScatterCanvas();
    private final Label caption = new Label();
    private final HBox headerActions = new HBox(6);

    public ScatterView(WorkbenchViewModel vm) {
        this.vm = vm;
        this.model = new ScatterViewModel(vm);
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

        canvas.dataProperty().bind(model.dataProperty());
        caption.textProperty().bind(model.captionProperty());
        canvas.getClusterNames().setAll(model.names());
        model.names().addListener((ListChangeListener<String>) c -> canvas.getClusterNames().setAll(model.names()));
        // names first, then points: a new clustering's legend is ready when its points are drawn
        model.dataProperty().addListener((o, a, d) -> canvas.getClusterNames().setAll(model.names()));
    }

    public ScatterCanvas canvas() { return canvas; }

    /** Adds buttons (e.g. export's "Save as PNG…") at the right end of the header. */
    public void addHeaderActions(javafx.scene.Node... nodes) { headerActions.getChildren().addAll(nodes); }
}
