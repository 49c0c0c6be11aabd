package dev.archetype.ui.workbench.comparek;

import dev.archetype.core.cluster.KResult;
import dev.archetype.core.cluster.SweepResult;
import dev.archetype.ui.workbench.Formats;
import dev.archetype.ui.workbench.SweepRun;
import dev.archetype.ui.workbench.WorkbenchViewModel;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Compare k tab: the recommendation in one sentence (and where the criteria disagree), the elbow
 * chart, and a table of every k's metrics and cluster sizes. Clicking a k in the chart or the table shows
 * that clustering everywhere.
 */
public final class CompareKView extends StackPane {
    private final WorkbenchViewModel vm;
    private final ElbowChart chart = new ElbowChart();
    private final TableView<KResult> table = new TableView<>();
    private final CompareKViewModel model;
    private final Label recommendation = new Label();
    private final Label disagreement = new Label();
    private final Label sampled = new Label();
    private final HBox headerActions = new HBox(6);
    private final javafx.scene.control.Button useRecommended = new javafx.scene.control.Button();
    private boolean syncing;

    public CompareKView(WorkbenchViewModel vm) {
        this.vm = vm;
        this.model = new CompareKViewModel(vm);
        setId("compare-k-view");
        recommendation.setId("recommendation");
        recommendation.getStyleClass().add("recommendation");
        recommendation.setWrapText(true);
        disagreement.setId("disagreement");
        disagreement.getStyleClass().add("disagreement");
        disagreement.setWrapText(true);
        sampled.getStyleClass().add("hint");
        sampled.setWrapText(true);
        // wrapped labels take their full height at once, so the chart below keeps its size between layout passes
        for (Label l : List.of(recommendation, disagreement, sampled)) l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (Label l : List.of(disagreement, sampled)) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
            l.visibleProperty().bind(l.managedProperty());
        }
        HBox.setHgrow(recommendation, Priority.ALWAYS);
        recommendation.setMaxWidth(Double.MAX_VALUE);
        useRecommended.setId("use-recommended-k");
        useRecommended.setOnAction(e -> model.useRecommendedK());
        useRecommended.disableProperty().bind(vm.busyProperty());
        useRecommended.textProperty().bind(model.useTextProperty());
        useRecommended.visibleProperty().bind(model.offerUseProperty());
        useRecommended.managedProperty().bind(useRecommended.visibleProperty());
        useRecommended.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        recommendation.textProperty().bind(model.recommendationProperty());
        disagreement.textProperty().bind(model.disagreementProperty());
        sampled.textProperty().bind(model.sampledNoteProperty());
        HBox top = new HBox(8, recommendation, useRecommended, headerActions);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(2, top, disagreement, sampled, dev.archetype.ui.workbench.RunBanner.forComparison(vm, "compare-run-banner"));
        header.setPadding(new Insets(8, 12, 4, 12));

        buildTable();
        SplitPane split = new SplitPane(chart, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        BorderPane content = new BorderPane(split);
        content.setTop(header);
        content.visibleProperty().bind(vm.sweepProperty().isNotNull());

        VBox empty = emptyState();
        empty.visibleProperty().bind(vm.sweepProperty().isNull());
        getChildren().addAll(content, empty);

        vm.sweepProperty().addListener((o, a, s) -> show(s));
        vm.selectedKProperty().addListener((o, a, k) -> select(k.intValue()));
        chart.selectedKProperty().addListener((o, a, k) -> {
            if (!syncing && k.intValue() > 0) model.selectK(k.intValue());
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (!syncing && r != null) model.selectK(r.k());
        });
        show(vm.sweepProperty().get());
    }

    /** The chart, for tests and screenshots. */
    public ElbowChart chart() { return chart; }

    /** Adds buttons (e.g. export's "Save as PNG…") at the right end of the header. */
    public void addHeaderActions(javafx.scene.Node... nodes) { headerActions.getChildren().addAll(nodes); }

    /** The metrics table. */
    public TableView<KResult> table() { return table; }

    private VBox emptyState() {
        Label text = new Label("Run Compare k to see the elbow chart");
        text.getStyleClass().add("empty-headline");
        Label hint = new Label("Pick features on the left, set the k range, then press Compare k (Ctrl+K).");
        hint.getStyleClass().add("empty-hint");
        Button run = new Button("Compare k");
        run.setId("compare-k-empty-button");
        run.disableProperty().bind(vm.canCompareProperty().not());
        run.setOnAction(e -> vm.compareK());
        Label blocker = new Label();
        blocker.getStyleClass().add("hint");
        blocker.textProperty().bind(vm.setup().blockerProperty());
        VBox box = new VBox(10, text, hint, run, blocker);
        box.setId("compare-k-empty");
        box.getStyleClass().add("empty-state");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void buildTable() {
        table.setId("metrics-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("k", "Number of clusters.", r -> Integer.toString(r.k()), 50),
                column("SSE", "Within-cluster sum of squares: how far customers sit from their cluster centre, lower is tighter.",
                        r -> Formats.value(r.sse()), 110),
                column("Silhouette", "How much closer customers are to their own cluster than to the next one, from −1 to 1; higher is better.",
                        CompareKView::silhouette, 130),
                column("Calinski–Harabasz", "Spread between clusters relative to spread within them; higher is better.",
                        r -> Formats.value(r.calinskiHarabasz()), 140),
                column("Davies–Bouldin", "Average similarity of each cluster to its most similar neighbour; lower is better.",
                        r -> Formats.metric(r.daviesBouldin()), 120),
                column("Stability", "How well the clusters survive resampling: bootstrap Jaccard averaged over clusters (1 = always the same; ≥ 0.85 stable, below 0.6 dissolving).",
                        r -> Formats.metric(r.stability()), 90),
                column("Cluster sizes", "Customers in each cluster, largest first.",
                        r -> Arrays.stream(r.sizes()).mapToObj(Formats::count).collect(Collectors.joining(" · ")), 260)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(KResult r, boolean empty) {
                super.updateItem(r, empty);
                boolean recommended = !empty && r != null && model.isRecommended(r.k());
                if (recommended && !getStyleClass().contains("recommended-row")) getStyleClass().add("recommended-row");
                if (!recommended) getStyleClass().remove("recommended-row");
            }
        });
        table.setPlaceholder(new Label("No results"));
    }

    private static String silhouette(KResult r) {
        if (Double.isNaN(r.silhouette())) return "–";
        String s = Formats.metric(r.silhouette());
        return r.silhouetteSampled() ? s + " (" + Formats.metric(r.silhouetteCiLow()) + "–" + Formats.metric(r.silhouetteCiHigh()) + ")" : s;
    }

    private static TableColumn<KResult, String> column(String title, String tip, Function<KResult, String> text, double width) {
        TableColumn<KResult, String> c = new TableColumn<>();
        Label header = new Label(title);
        Tooltip t = new Tooltip(tip);
        t.setShowDelay(Duration.millis(300));
        t.setWrapText(true);
        t.setMaxWidth(340);
        header.setTooltip(t);
        c.setGraphic(header);
        c.setId("metric-" + title.toLowerCase().replaceAll("[^a-z]+", "-"));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(text.apply(cd.getValue())));
        c.setStyle(title.equals("Cluster sizes") ? "-fx-alignment: CENTER-LEFT;" : "-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private void show(SweepRun run) {
        syncing = true;
        try {
            if (run == null) {
                chart.getPoints().clear();
                table.getItems().clear();
                return;
            }
            SweepResult s = run.result();
            chart.recommendedKProperty().set(s.recommendedK());
            chart.getPoints().setAll(s.results().stream()
                    .map(r -> new KPoint(r.k(), r.sse(), r.silhouette(), r.calinskiHarabasz())).toList());
            table.getItems().setAll(s.results());
        } finally {
            syncing = false;
        }
        select(vm.selectedKProperty().get());
    }

    private void select(int k) {
        syncing = true;
        try {
            chart.selectedKProperty().set(k);
            KResult match = table.getItems().stream().filter(r -> r.k() == k).findFirst().orElse(null);
            if (match == null) table.getSelectionModel().clearSelection();
            else {
                table.getSelectionModel().select(match);
                table.scrollTo(match);
            }
        } finally {
            syncing = false;
        }
    }
}
