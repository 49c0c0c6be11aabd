package dev.archetype.ui.workbench.scatter;

import dev.archetype.ui.workbench.Formats;
import dev.archetype.ui.workbench.Palette;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A scatter plot drawn on one canvas straight from primitive arrays (no node per point), coloured by
 * cluster with the centroids marked as crosses, a legend with the archetype names, and a hover label
 * showing the row under the mouse.
 */
public final class ScatterCanvas extends Region {
    private static final double LEFT = 64, RIGHT = 210, TOP = 34, BOTTOM = 50;
    private static final int LEGEND_CHARS = 27;
    private static final double HIT_RADIUS = 6;

    private final Canvas canvas = new Canvas();
    private final Label hover = new Label();
    private final ObjectProperty<ScatterData> data = new SimpleObjectProperty<>();
    private final ObservableList<String> clusterNames = FXCollections.observableArrayList();
    private double minX, maxX, minY, maxY;
    private int hoveredRow = -1;

    public ScatterCanvas() {
        getStyleClass().add("scatter-canvas");
        hover.getStyleClass().add("scatter-hover");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setManaged(false);
        getChildren().addAll(canvas, hover);
        data.addListener((o, a, b) -> { computeBounds(); draw(); });
        // The surface colour comes from the stylesheet (light or dark theme); ink colours follow it.
        backgroundProperty().addListener((o, a, b) -> draw());
        clusterNames.addListener((ListChangeListener<String>) c -> draw());
        widthProperty().addListener((o, a, b) -> draw());
        heightProperty().addListener((o, a, b) -> draw());
        setOnMouseMoved(this::onMouseMoved);
        setOnMouseExited(e -> hideHover());
        setMinSize(300, 200);
        setPrefSize(800, 600);
    }

    public ObjectProperty<ScatterData> dataProperty() { return data; }

    /** Legend names per cluster; missing entries read "Cluster n". */
    public ObservableList<String> getClusterNames() { return clusterNames; }

    /** The row under the mouse, -1 when none (for tests and status lines). */
    public int hoveredRow() { return hoveredRow; }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void computeBounds() {
        ScatterData d = data.get();
        minX = minY = Double.POSITIVE_INFINITY;
        maxX = maxY = Double.NEGATIVE_INFINITY;
        if (d == null) return;
        for (int r : d.drawn()) {
            minX = Math.min(minX, d.x()[r]);
            maxX = Math.max(maxX, d.x()[r]);
            minY = Math.min(minY, d.y()[r]);
            maxY = Math.max(maxY, d.y()[r]);
        }
        for (double[] c : d.centroids()) {
            minX = Math.min(minX, c[0]);
            maxX = Math.max(maxX, c[0]);
            minY = Math.min(minY, c[1]);
            maxY = Math.max(maxY, c[1]);
        }
        if (!(maxX > minX)) { minX -= 1; maxX += 1; }
        if (!(maxY > minY)) { minY -= 1; maxY += 1; }
        double padX = (maxX - minX) * 0.04, padY = (maxY - minY) * 0.04;
        minX -= padX; maxX += padX; minY -= padY; maxY += padY;
    }

    private double plotWidth() { return Math.max(1, getWidth() - LEFT - RIGHT); }
    private double plotHeight() { return Math.max(1, getHeight() - TOP - BOTTOM); }
    private double sx(double v) { return LEFT + (v - minX) / (maxX - minX) * plotWidth(); }
    private double sy(double v) { return TOP + (1 - (v - minY) / (maxY - minY)) * plotHeight(); }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = getWidth(), h = getHeight();
        g.setFill(surface());
        g.fillRect(0, 0, w, h);
        ScatterData d = data.get();
        if (d == null || w <= 0 || h <= 0) return;
        drawAxes(g, d);
        double r = d.drawn().length > 5000 ? 1.6 : 2.6;
        g.setGlobalAlpha(d.drawn().length > 5000 ? 0.45 : 0.75);
        int lastLabel = Integer.MIN_VALUE;
        for (int row : d.drawn()) {
            int label = d.labels()[row];
            if (label != lastLabel) {
                g.setFill(Palette.cluster(label));
                lastLabel = label;
            }
            g.fillOval(sx(d.x()[row]) - r, sy(d.y()[row]) - r, 2 * r, 2 * r);
        }
        g.setGlobalAlpha(1);
        for (int c = 0; c < d.centroids().size(); c++) {
            double cx = sx(d.centroids().get(c)[0]), cy = sy(d.centroids().get(c)[1]);
            g.setStroke(surface());
            g.setLineWidth(5);
            cross(g, cx, cy, 8);
            g.setStroke(Palette.cluster(c).darker());
            g.setLineWidth(2.5);
            cross(g, cx, cy, 8);
        }
        drawLegend(g, d);
        if (!d.note().isEmpty()) {
            g.setFill(ink(0.33));
            g.setFont(Font.font(11));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(d.note(), LEFT, TOP / 2);
        }
    }

    /** The background the stylesheet gives this view (white unless a theme says otherwise). */
    Color surface() {
        var bg = getBackground();
        if (bg != null && !bg.getFills().isEmpty() && bg.getFills().get(0).getFill() instanceof Color c && c.getOpacity() > 0) return c;
        return Color.WHITE;
    }

    /**
     * A grey for text and lines: {@code level} is its distance from the surface's far end (0 = black on a light
     * surface, white on a dark one), so light-theme greys keep their look and dark-theme ones mirror them.
     */
    private Color ink(double level) {
        return surface().getBrightness() < 0.5 ? Color.gray(1 - level * 0.8) : Color.gray(level);
    }

    private static void cross(GraphicsContext g, double x, double y, double s) {
        g.strokeLine(x - s, y - s, x + s, y + s);
        g.strokeLine(x - s, y + s, x + s, y - s);
    }

    private void drawAxes(GraphicsContext g, ScatterData d) {
        double pw = plotWidth(), ph = plotHeight();
        g.setStroke(ink(0.73));
        g.setLineWidth(1);
        g.strokeRect(LEFT, TOP, pw, ph);
        g.setFont(Font.font(10));
        g.setFill(ink(0.33));
        double stepX = niceStep(maxX - minX), stepY = niceStep(maxY - minY);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double vx = Math.ceil(minX / stepX) * stepX; vx <= maxX; vx += stepX) {
            g.fillText(tick(vx, stepX), sx(vx), TOP + ph + 4);
            g.strokeLine(sx(vx), TOP + ph, sx(vx), TOP + ph + 3);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double vy = Math.ceil(minY / stepY) * stepY; vy <= maxY; vy += stepY) {
            g.fillText(tick(vy, stepY), LEFT - 6, sy(vy));
            g.strokeLine(LEFT - 3, sy(vy), LEFT, sy(vy));
        }
        g.setFont(Font.font(null, FontWeight.BOLD, 11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(d.xLabel(), LEFT + pw / 2, getHeight() - 6);
        g.save();
        g.translate(14, TOP + ph / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(d.yLabel(), 0, 0);
        g.restore();
    }

    /** A 1, 2 or 5 × 10ⁿ step giving about five ticks over {@code span}. */
    static double niceStep(double span) {
        double raw = span / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * magnitude;
    }

    private static String tick(double v, double step) {
        double rounded = Math.rint(v / step) * step + 0.0; // + 0.0 turns -0.0 into 0.0
        if (step >= 1) return Formats.compact(Math.rint(rounded) + 0.0);
        int decimals = (int) Math.ceil(-Math.log10(step) - 1e-9);
        return String.format(java.util.Locale.ENGLISH, "%." + decimals + "f", rounded);
    }

    private void drawLegend(GraphicsContext g, ScatterData d) {
        double x = getWidth() - RIGHT + 14, y = TOP + 4;
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int c = 0; c < d.centroids().size(); c++) {
            g.setFill(Palette.cluster(c));
            g.fillOval(x, y + 2, 10, 10);
            g.setFill(ink(0.13));
            String label = name(c);
            if (label.length() > LEGEND_CHARS) label = label.substring(0, LEGEND_CHARS - 1).strip() + "…";
            g.fillText(label, x + 16, y + 7);
            y += 20;
        }
        g.setStroke(ink(0.27));
        g.setLineWidth(2);
        cross(g, x + 5, y + 7, 5);
        g.setFill(ink(0.33));
        g.fillText("cluster centre", x + 16, y + 7);
    }

    private String name(int cluster) {
        String n = cluster < clusterNames.size() ? clusterNames.get(cluster) : null;
        return n == null || n.isBlank() ? "Cluster " + (cluster + 1) : (cluster + 1) + " · " + n;
    }

    private void onMouseMoved(MouseEvent e) {
        ScatterData d = data.get();
        if (d == null) return;
        int best = nearestRow(e.getX(), e.getY());
        hoveredRow = best;
        if (best < 0) {
            hideHover();
            return;
        }
        hover.setText(name(d.labels()[best]) + "\n" + d.describeRow().apply(best));
        hover.autosize();
        double hx = Math.min(e.getX() + 12, getWidth() - hover.getWidth() - 4);
        double hy = Math.min(e.getY() + 12, getHeight() - hover.getHeight() - 4);
        hover.relocate(Math.max(0, hx), Math.max(0, hy));
        hover.setVisible(true);
    }

    /** The drawn row nearest to a point in this region's coordinates, within a few pixels; -1 if none. */
    public int nearestRow(double px, double py) {
        ScatterData d = data.get();
        if (d == null) return -1;
        int best = -1;
        double bestDist = HIT_RADIUS * HIT_RADIUS;
        for (int row : d.drawn()) {
            double dx = sx(d.x()[row]) - px, dy = sy(d.y()[row]) - py;
            double dist = dx * dx + dy * dy;
            if (dist <= bestDist) {
                bestDist = dist;
                best = row;
            }
        }
        return best;
    }

    /** Screen position of a row in this region's coordinates: {x, y}. */
    public double[] positionOf(int row) {
        ScatterData d = data.get();
        return new double[]{sx(d.x()[row]), sy(d.y()[row])};
    }

    private void hideHover() {
        hoveredRow = -1;
        hover.setVisible(false);
    }
}
