package dev.archetype.ui.workbench.scatter;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ScatterCanvasTest {
    private ScatterCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new ScatterCanvas();
        stage.setScene(new Scene(canvas, 700, 500));
        stage.show();
    }

    @Test
    void hoveringAPointShowsItsRow(FxRobot robot) {
        double[] x = {0, 10, 5, 2};
        double[] y = {0, 10, 2, 8};
        int[] labels = {0, 1, 0, 1};
        robot.interact(() -> {
            canvas.getClusterNames().setAll("Big spenders", "Cafés");
            canvas.dataProperty().set(new ScatterData(x, y, labels, new int[]{0, 1, 2, 3},
                    List.of(new double[]{2.5, 1}, new double[]{6, 9}), "PC1", "PC2", "", row -> "Row " + (row + 1) + ": Fresh " + (row * 100)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] p = canvas.positionOf(2);
        assertThat(canvas.nearestRow(p[0] + 1, p[1] - 1)).isEqualTo(2);
        assertThat(canvas.nearestRow(p[0] + 40, p[1] + 40)).isEqualTo(-1);

        Point2D screen = canvas.localToScreen(p[0], p[1]);
        robot.moveTo(screen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.hoveredRow()).isEqualTo(2);
        Label hover = robot.lookup(".scatter-hover").queryAs(Label.class);
        assertThat(hover.isVisible()).isTrue();
        assertThat(hover.getText()).contains("1 · Big spenders").contains("Row 3: Fresh 200");
    }

    @Test
    void axisStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(ScatterCanvas.niceStep(25)).isEqualTo(5.0);
        assertThat(ScatterCanvas.niceStep(17)).isEqualTo(2.0);
        assertThat(ScatterCanvas.niceStep(8.1)).isEqualTo(2.0);
        assertThat(ScatterCanvas.niceStep(0.6)).isCloseTo(0.1, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(ScatterCanvas.niceStep(4000)).isEqualTo(1000.0);
    }

    @Test
    void aDarkThemeBackgroundDrawsADarkPlotWithLightInk(FxRobot robot) {
        robot.interact(() -> canvas.dataProperty().set(new ScatterData(new double[] {0, 10}, new double[] {0, 10}, new int[] {0, 1},
                new int[] {0, 1}, List.of(new double[] {0, 0}, new double[] {10, 10}), "PC1", "PC2", "", row -> "")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> canvas.setStyle("-fx-background-color: white;"));
        WaitForAsyncUtils.waitForFxEvents();
        int[] light = greyInk(robot);
        assertThat(canvas.surface()).isEqualTo(javafx.scene.paint.Color.WHITE);

        robot.interact(() -> canvas.setStyle("-fx-background-color: #1c1f24;"));
        WaitForAsyncUtils.waitForFxEvents();
        int[] dark = greyInk(robot);
        assertThat(canvas.surface()).isEqualTo(javafx.scene.paint.Color.web("#1c1f24"));
        // axes, ticks and legend text: darker than a white surface, lighter than a dark one
        assertThat(light[1]).isGreaterThan(100).isGreaterThan(10 * light[0]);
        assertThat(dark[0]).isGreaterThan(100).isGreaterThan(10 * dark[1]);
    }

    /** Grey pixels unlike the surface in a snapshot: {brighter than it, darker than it}; the surface is at (1, 1). */
    private int[] greyInk(FxRobot robot) {
        int[] out = new int[2];
        robot.interact(() -> {
            var px = canvas.snapshot(null, null).getPixelReader();
            double surface = px.getColor(1, 1).getBrightness();
            for (int y = 0; y < (int) canvas.getHeight(); y++) {
                for (int x = 0; x < (int) canvas.getWidth(); x++) {
                    var c = px.getColor(x, y);
                    boolean grey = Math.abs(c.getRed() - c.getGreen()) < 0.02 && Math.abs(c.getGreen() - c.getBlue()) < 0.02;
                    if (!grey || Math.abs(c.getBrightness() - surface) < 0.1) continue;
                    out[c.getBrightness() > surface ? 0 : 1]++;
                }
            }
        });
        return out;
    }
}
