package dev.archetype.ui.workbench.comparek;

import dev.archetype.ui.workbench.Formats;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The elbow chart as small multiples: SSE against k on top (knee marked), silhouette and
 * Calinski–Harabasz below. A dashed line marks the recommended k, a solid one the selected k; clicking a
 * point selects its k. Fed with plain {@link KPoint}s, so it knows nothing about the engine.
 */
public final class ElbowChart extends GridPane {
    /** Style class of every clickable point, one per k per panel. */
    public static final String POINT_CLASS = "elbow-point";

    private final ObservableList<KPoint> points = FXCollections.observableArrayList();
    private final IntegerProperty selectedK = new SimpleIntegerProperty(-1);
    private final IntegerProperty recommendedK = new SimpleIntegerProperty(-1);
    private final MarkedLineChart sseChart;
    private final MarkedLineChart silhouetteChart;
    private final MarkedLineChart chChart;

    public ElbowChart() {
        getStyleClass().add("elbow-chart");
        sseChart = chart("Within-cluster sum of squares (SSE, lower is tighter) — the knee is ringed in orange", "SSE");
        silhouetteChart = chart("Silhouette (higher is better)", "");
        chChart = chart("Calinski–Harabasz (higher is better)", "");
        sseChart.getStyleClass().add("sse-chart");
        silhouetteChart.getStyleClass().add("silhouette-chart");
        chChart.getStyleClass().add("ch-chart");
        add(sseChart, 0, 0, 2, 1);
        add(silhouetteChart, 0, 1);
        add(chChart, 1, 1);
        GridPane.setHgrow(sseChart, Priority.ALWAYS);
        GridPane.setVgrow(sseChart, Priority.ALWAYS);
        GridPane.setHgrow(silhouetteChart, Priority.ALWAYS);
        GridPane.setHgrow(chChart, Priority.ALWAYS);
        sseChart.setMinHeight(220);
        silhouetteChart.setPrefHeight(190);
        chChart.setPrefHeight(190);
        setHgap(8);
        setVgap(4);
        setPadding(new Insets(4));
        for (MarkedLineChart c : List.of(sseChart, silhouetteChart, chChart)) {
            c.selectedKProperty().bind(selectedK);
            c.recommendedKProperty().bind(recommendedK);
        }
        points.addListener((javafx.collections.ListChangeListener<KPoint>) ch -> rebuild());
        selectedK.addListener((o, a, b) -> restyle());
        recommendedK.addListener((o, a, b) -> restyle());
    }

    /** The sweep to draw, in increasing k. */
    public ObservableList<KPoint> getPoints() { return points; }

    /** The selected k (-1 when none); clicking a point sets it. */
    public IntegerProperty selectedKProperty() { return selectedK; }

    /** The recommended k (-1 when none). */
    public IntegerProperty recommendedKProperty() { return recommendedK; }

    private static MarkedLineChart chart(String title, String yLabel) {
        NumberAxis x = new NumberAxis();
        x.setLabel("k (number of clusters)");
        x.setAutoRanging(false);
        x.setTickUnit(1);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override public String toString(Number n) { return n.doubleValue() == Math.rint(n.doubleValue()) ? Integer.toString(n.intValue()) : ""; }
            @Override public Number fromString(String s) { return Integer.parseInt(s); }
        });
        NumberAxis y = new NumberAxis();
        if (!yLabel.isEmpty()) y.setLabel(yLabel);
        y.setForceZeroInRange(false);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override public String toString(Number n) { return Formats.compact(n.doubleValue()); }
            @Override public Number fromString(String s) { return Double.parseDouble(s); }
        });
        MarkedLineChart c = new MarkedLineChart(x, y);
        c.setTitle(title);
        c.setLegendVisible(false);
        c.setAnimated(false);
        c.setCreateSymbols(true);
        c.setHorizontalGridLinesVisible(true);
        c.setVerticalGridLinesVisible(false);
        return c;
    }

    private void rebuild() {
        int kMin = points.stream().mapToInt(KPoint::k).min().orElse(1);
        int kMax = points.stream().mapToInt(KPoint::k).max().orElse(2);
        // The core's knee rule, so the ring sits where the recommendation's "the SSE curve bends at" says.
        int knee = dev.archetype.core.cluster.Knee.of(points.stream().mapToInt(KPoint::k).toArray(),
                points.stream().mapToDouble(KPoint::sse).toArray());
        fill(sseChart, KPoint::sse, "SSE", kMin, kMax, knee);
        fill(silhouetteChart, KPoint::silhouette, "Silhouette", kMin, kMax, -1);
        fill(chChart, KPoint::calinskiHarabasz, "Calinski–Harabasz", kMin, kMax, -1);
        restyle();
    }

    private void fill(MarkedLineChart chart, ToDoubleFunction<KPoint> metric, String name, int kMin, int kMax, int knee) {
        NumberAxis x = (NumberAxis) chart.getXAxis();
        x.setLowerBound(kMin - 0.5);
        x.setUpperBound(kMax + 0.5);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        List<XYChart.Data<Number, Number>> data = new ArrayList<>();
        for (KPoint p : points) {
            double v = metric.applyAsDouble(p);
            if (Double.isNaN(v)) continue;
            XYChart.Data<Number, Number> d = new XYChart.Data<>(p.k(), v);
            d.setNode(pointNode(p.k(), name, v, p.k() == knee));
            data.add(d);
        }
        series.getData().setAll(data);
        chart.getData().setAll(List.of(series));
    }

    private StackPane pointNode(int k, String metricName, double value, boolean knee) {
        StackPane node = new StackPane();
        // LineChart resets a symbol's style classes when it adopts it, so restyle() (re)applies ours.
        node.getProperties().put("knee", knee);
        node.setUserData(k);
        node.setCursor(Cursor.HAND);
        node.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        node.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        String text = "k = " + k + " · " + metricName + " " + (metricName.equals("Silhouette") ? Formats.metric(value) : Formats.value(value))
                + (knee ? "\nThe knee: adding clusters beyond this gains little." : "") + "\nClick to show this clustering.";
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(Duration.millis(200));
        Tooltip.install(node, tip);
        node.setOnMouseClicked(e -> selectedK.set(k));
        return node;
    }

    private void restyle() {
        for (MarkedLineChart c : List.of(sseChart, silhouetteChart, chChart)) {
            for (XYChart.Series<Number, Number> s : c.getData()) {
                for (XYChart.Data<Number, Number> d : s.getData()) {
                    if (d.getNode() == null) continue;
                    int k = d.getXValue().intValue();
                    toggle(d.getNode().getStyleClass(), POINT_CLASS, true);
                    toggle(d.getNode().getStyleClass(), "knee", Boolean.TRUE.equals(d.getNode().getProperties().get("knee")));
                    toggle(d.getNode().getStyleClass(), "selected", k == selectedK.get());
                    toggle(d.getNode().getStyleClass(), "recommended", k == recommendedK.get());
                }
            }
        }
    }

    private static void toggle(ObservableList<String> classes, String cls, boolean on) {
        if (on && !classes.contains(cls)) classes.add(cls);
        if (!on) classes.remove(cls);
    }
}
