package dev.archetype.ui.workbench.comparek;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;
import javafx.scene.shape.Line;

/** A line chart over k that draws vertical markers at the recommended and the selected k. */
final class MarkedLineChart extends LineChart<Number, Number> {
    private final IntegerProperty selectedK = new SimpleIntegerProperty(-1);
    private final IntegerProperty recommendedK = new SimpleIntegerProperty(-1);
    private final Line selectedLine = new Line();
    private final Line recommendedLine = new Line();

    MarkedLineChart(Axis<Number> xAxis, Axis<Number> yAxis) {
        super(xAxis, yAxis);
        selectedLine.getStyleClass().add("selected-k-marker");
        recommendedLine.getStyleClass().add("recommended-k-marker");
        selectedLine.setManaged(false);
        recommendedLine.setManaged(false);
        selectedLine.setMouseTransparent(true);
        recommendedLine.setMouseTransparent(true);
        getPlotChildren().addAll(recommendedLine, selectedLine);
        selectedK.addListener((o, a, b) -> requestChartLayout());
        recommendedK.addListener((o, a, b) -> requestChartLayout());
    }

    IntegerProperty selectedKProperty() { return selectedK; }

    IntegerProperty recommendedKProperty() { return recommendedK; }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        place(recommendedLine, recommendedK.get());
        place(selectedLine, selectedK.get());
        recommendedLine.toBack();
    }

    private void place(Line line, int k) {
        if (k < 0) {
            line.setVisible(false);
            return;
        }
        double x = getXAxis().getDisplayPosition(k);
        double height = getYAxis().getHeight();
        line.setStartX(x);
        line.setEndX(x);
        line.setStartY(0);
        line.setEndY(height);
        line.setVisible(true);
    }
}
