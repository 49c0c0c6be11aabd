package dev.archetype.ui.workbench.comparek;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ElbowChartTest {
    private ElbowChart chart;

    @Start
    void start(Stage stage) {
        chart = new ElbowChart();
        stage.setScene(new Scene(chart, 900, 650));
        stage.getScene().getStylesheets().add(ElbowChart.class.getResource("/dev/archetype/ui/workbench/workbench.css").toExternalForm());
        stage.show();
    }

    private void feed(FxRobot robot) {
        robot.interact(() -> {
            chart.getPoints().setAll(List.of(
                    new KPoint(2, 1000, 0.40, 300), new KPoint(3, 600, 0.45, 320), new KPoint(4, 200, 0.52, 410),
                    new KPoint(5, 180, 0.41, 380), new KPoint(6, 165, 0.38, 350)));
            chart.recommendedKProperty().set(4);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void drawsOnePointPerKInEachPanel(FxRobot robot) {
        feed(robot);
        Set<Node> ssePoints = robot.from(robot.lookup(".sse-chart").queryAll()).lookup("."+ElbowChart.POINT_CLASS).queryAll();
        assertThat(ssePoints.stream().map(n -> (Integer) n.getUserData()).sorted().collect(Collectors.toList()))
                .containsExactly(2, 3, 4, 5, 6);
        assertThat(robot.from(robot.lookup(".silhouette-chart").queryAll()).lookup("."+ElbowChart.POINT_CLASS).queryAll()).hasSize(5);
        assertThat(robot.from(robot.lookup(".ch-chart").queryAll()).lookup("."+ElbowChart.POINT_CLASS).queryAll()).hasSize(5);
    }

    @Test
    void marksTheKneeAndTheRecommendedK(FxRobot robot) {
        feed(robot);
        Node knee = robot.from(robot.lookup(".sse-chart").queryAll()).lookup(".knee").query();
        assertThat(knee.getUserData()).isEqualTo(4);
        Set<Node> recommended = robot.from(robot.lookup(".sse-chart").queryAll()).lookup(".recommended").queryAll();
        assertThat(recommended).hasSize(1);
        assertThat(recommended.iterator().next().getUserData()).isEqualTo(4);
    }

    @Test
    void clickingAPointSelectsItsK(FxRobot robot) {
        feed(robot);
        Node five = robot.from(robot.lookup(".sse-chart").queryAll()).lookup("."+ElbowChart.POINT_CLASS).match(n -> Integer.valueOf(6).equals(n.getUserData())).query();
        robot.clickOn(five);
        assertThat(chart.selectedKProperty().get()).isEqualTo(6);
        assertThat(five.getStyleClass()).contains("selected");
    }
}
