package dev.archetype.ui.workbench;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.cluster.SweepResult;
import dev.archetype.ui.workbench.comparek.ElbowChart;
import dev.archetype.ui.workbench.profile.ProfileView;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The analyst's path through the workbench on the bundled wholesale sample. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFlowTest {
    private static final List<String> SPEND = List.of("Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen");
    private Harness harness;
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) {
        harness = new Harness(stage);
        vm = harness.workbench.viewModel();
        harness.show(stage, 1240, 780); // Monocle's headless screen is 1280 × 800
    }

    @AfterEach
    void tearDown() {
        harness.dispose();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openAndPickSpendColumns(FxRobot robot) throws Exception {
        robot.interact(() -> harness.main.open(Harness.wholesale()));
        waitUntil(() -> harness.main.getDataset() != null);
        assertThat(robot.lookup("#setup-blocker").queryAs(Label.class).getText()).isEmpty();
        robot.clickOn("#features-none");
        assertThat(robot.lookup("#setup-blocker").queryAs(Label.class).getText()).isEqualTo("Pick at least one feature");
        assertThat(robot.lookup("#compare-k-button").query().isDisabled()).isTrue();
        for (String name : SPEND) {
            CheckBox box = robot.from(robot.lookup("#feature-list").queryAll()).lookup(".check-box")
                    .match((CheckBox c) -> name.equals(c.getText())).query();
            robot.clickOn(box);
        }
        assertThat(vm.setup().selectedColumns()).containsExactlyElementsOf(SPEND);
        assertThat(robot.lookup("#compare-k-button").query().isDisabled()).isFalse();
    }

    @Test
    void compareKPickKProfileAndFilterTheTable(FxRobot robot) throws Exception {
        openAndPickSpendColumns(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL); // Ctrl+2: Compare k tab
        assertThat(robot.lookup("#compare-k-empty").query().isVisible()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL); // Ctrl+K runs Compare k
        waitUntil(() -> vm.sweepProperty().get() != null && !vm.busyProperty().get());
        SweepResult sweep = vm.sweepProperty().get().result();

        // the chart has one point per k of the range
        Set<Node> points = robot.from(robot.lookup(".sse-chart").queryAll()).lookup("." + ElbowChart.POINT_CLASS).queryAll();
        assertThat(points.stream().map(n -> (Integer) n.getUserData()).sorted().collect(Collectors.toList()))
                .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(robot.lookup("#recommendation").queryAs(Label.class).getText())
                .startsWith("Recommended: k = " + sweep.recommendedK()).contains(sweep.reason().substring(sweep.reason().length() / 2));
        TableView<?> metrics = robot.lookup("#metrics-table").queryAs(TableView.class);
        assertThat(metrics.getItems()).hasSize(9);

        // pick k = 4 on the chart
        int k = sweep.recommendedK() == 4 ? 5 : 4;
        Node point = robot.from(robot.lookup(".sse-chart").queryAll()).lookup("." + ElbowChart.POINT_CLASS)
                .match(n -> Integer.valueOf(k).equals(n.getUserData())).query();
        robot.clickOn(point);
        waitUntil(() -> vm.selectedKProperty().get() == k && !vm.busyProperty().get());
        Clustering clustering = sweep.result(k).clustering();
        assertThat(vm.currentProperty().get().clustering()).isEqualTo(clustering);
        assertThat(((TableView<?>) metrics).getSelectionModel().getSelectedIndex()).isEqualTo(k - 2);

        // the profile grid has k cluster columns with the clustering's sizes
        robot.clickOn("#profiles-tab .tab-label");
        TableView<?> grid = robot.lookup("#profile-grid").queryAs(TableView.class);
        List<TableColumn<?, ?>> clusterColumns = grid.getColumns().stream()
                .filter(c -> c.getStyleClass().contains(ProfileView.CLUSTER_COLUMN_CLASS)).collect(Collectors.toList());
        assertThat(clusterColumns).hasSize(k);
        for (int c = 0; c < k; c++) {
            Label size = robot.lookup("#cluster-size-" + (c + 1)).queryAs(Label.class);
            assertThat(size.getUserData()).isEqualTo(clustering.size(c));
            assertThat(size.getText()).startsWith(dev.archetype.ui.workbench.Formats.count(clustering.size(c)) + " customers");
        }

        // rename cluster 2 in place: the whole name is shown; a click turns it into a field
        Label shown = robot.lookup("#archetype-label-2").queryAs(Label.class);
        assertThat(shown.getText()).isEqualTo(vm.names().get(1));
        robot.clickOn(shown);
        TextField name = robot.lookup("#archetype-name-2").queryAs(TextField.class);
        assertThat(name.isVisible()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Big grocers").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(vm.names().get(1)).isEqualTo("Big grocers");
        assertThat(shown.getText()).isEqualTo("Big grocers");
        assertThat(name.isVisible()).isFalse();

        // "Show in table" filters the data table to exactly that cluster's rows
        robot.clickOn("#show-cluster-2");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.window.tabPane().getSelectionModel().getSelectedItem()).isSameAs(harness.window.dataTab());
        Set<Integer> expected = new HashSet<>();
        int[] source = vm.currentProperty().get().matrix().sourceRows();
        for (int r = 0; r < clustering.rows(); r++) if (clustering.label(r) == 1) expected.add(source[r]);
        assertThat(new HashSet<>(harness.table.getItems())).isEqualTo(expected);
        assertThat(harness.table.getItems()).hasSize(clustering.size(1));
        TableColumn<Integer, ?> archetype = harness.table.getColumns().stream()
                .filter(c -> "archetype-column".equals(c.getId())).findFirst().map(c -> (TableColumn<Integer, ?>) c).orElseThrow();
        assertThat(archetype.getCellData(0)).isEqualTo("Big grocers");
        assertThat(robot.lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableColumn() != null
                        && "distance-column".equals(cell.getTableColumn().getId()) && !cell.isEmpty())
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getAlignment()).distinct().toList())
                .as("distances line up on the right").containsExactly(javafx.geometry.Pos.CENTER_RIGHT);
        assertThat(robot.lookup("#cluster-filter-count").queryAs(Label.class).getText())
                .isEqualTo("Showing " + clustering.size(1) + " of 440 rows");

        robot.clickOn("#cluster-filter-clear");
        assertThat(harness.table.getItems()).hasSize(440);
    }

    @Test
    void clusterWithCtrlEnterShowsProfilesAndScatter(FxRobot robot) throws Exception {
        openAndPickSpendColumns(robot);
        robot.interact(() -> vm.setup().kProperty().set(3));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> vm.currentProperty().get() != null && !vm.busyProperty().get());
        assertThat(vm.currentProperty().get().clustering().k()).isEqualTo(3);
        assertThat(harness.window.tabPane().getSelectionModel().getSelectedItem()).isSameAs(harness.workbench.profileTab());
        assertThat(robot.lookup("#profile-grid").queryAs(TableView.class).getColumns().stream()
                .filter(c -> ((TableColumn<?, ?>) c).getStyleClass().contains(ProfileView.CLUSTER_COLUMN_CLASS)).count()).isEqualTo(3);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.window.tabPane().getSelectionModel().getSelectedItem()).isSameAs(harness.workbench.scatterTab());
        var canvas = harness.workbench.viewModel() == vm ? robot.lookup(".scatter-canvas").queryAs(dev.archetype.ui.workbench.scatter.ScatterCanvas.class) : null;
        assertThat(canvas.dataProperty().get().drawn()).hasSize(440);
        assertThat(canvas.dataProperty().get().centroids()).hasSize(3);
    }
}
