package dev.archetype.ui.shell;

import dev.archetype.core.data.Dataset;
import dev.archetype.ui.common.FxBackgroundRunner;
import dev.archetype.ui.common.RecordingDialogService;
import dev.archetype.ui.data.DataTableView;
import dev.archetype.ui.data.DataTableViewModel;
import dev.archetype.ui.data.TestData;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    private final Preferences node = Preferences.userRoot().node("dev/archetype/test/" + UUID.randomUUID());
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private DataTableViewModel tableVm;
    private final MainViewModelTest.FakeOpener opener = new MainViewModelTest.FakeOpener();
    private final Path file = Path.of("customers.csv").toAbsolutePath();
    private MainViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        opener.data.put(file, TestData.customers());
        FxBackgroundRunner runner = new FxBackgroundRunner();
        vm = new MainViewModel(opener, dialogs, new AppPreferences(node));
        tableVm = new DataTableViewModel(runner);
        tableVm.datasetProperty().bind(vm.datasetProperty());
        window = new MainWindow(vm, new DataTableView(tableVm), runner);
        stage.setScene(new Scene(window.root(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void removePreferences() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void startsWithTheEmptyStateAndAnOpenButton(FxRobot robot) {
        assertThat(robot.lookup("#empty-state").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#empty-headline").queryLabeled().getText()).isEqualTo("Open a file to begin");
        assertThat(robot.lookup("#empty-open").queryButton().isVisible()).isTrue();
    }

    @Test
    void aPreparedWorkAreaIsInTheSceneAndStyledButHiddenUntilAFileOpens(FxRobot robot) {
        assertThat(robot.lookup("#data-table").tryQuery()).as("not in the scene before it is prepared").isEmpty();
        robot.interact(() -> window.prepareWorkArea());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Integer> table = robot.lookup("#data-table").queryTableView();
        assertThat(table.getSkin()).as("styled and skinned while hidden").isNotNull();
        assertThat(shown(table)).as("hidden").isFalse();
        assertThat(robot.lookup("#empty-state").queryAs(Node.class).isVisible()).isTrue();
        robot.interact(() -> vm.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#empty-state").queryAs(Node.class).isVisible()).isFalse();
        assertThat(shown(table)).isTrue();
        assertThat(table.getItems()).hasSize(5);
        assertThat(robot.lookup("#data-table").queryAll()).as("joined once").hasSize(1);
    }

    @Test
    void aWorkAreaPreparedInPartsJoinsAPartAPulseWhileNoFileIsOpen(FxRobot robot) {
        javafx.scene.layout.VBox sections = new javafx.scene.layout.VBox(new Label("one"), new Label("two"), new Label("three"));
        sections.getChildren().forEach(n -> n.getStyleClass().add("test-section"));
        javafx.scene.control.ScrollPane side = new javafx.scene.control.ScrollPane(sections);
        side.setId("test-side");
        // the pulse that joins the work area brings neither the side panel nor the data table with it
        List<String> seen = new java.util.ArrayList<>();
        java.util.concurrent.CountDownLatch joined = new java.util.concurrent.CountDownLatch(1);
        javafx.animation.AnimationTimer watcher = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                int parts = robot.lookup(".test-section").queryAll().size()
                        + (robot.lookup("#test-side").tryQuery().isPresent() ? 10 : 0)
                        + (robot.lookup("#data-table").tryQuery().isPresent() ? 100 : 0);
                if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(Integer.toString(parts))) seen.add(Integer.toString(parts));
                if (parts == 113) {
                    stop();
                    joined.countDown();
                }
            }
        };
        robot.interact(() -> {
            window.setSidePanel(side);
            watcher.start();
            window.prepareWorkAreaInParts();
        });
        try {
            assertThat(joined.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("all parts joined: %s", seen).isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        // a part at a time, in order: the side panel, its sections one by one, then the data table
        assertThat(seen).as("parts in the scene, pulse by pulse").containsSubsequence("10", "11", "12", "13", "113");
        assertThat(sections.getChildren()).extracting(n -> ((Label) n).getText()).containsExactly("one", "two", "three");
        assertThat(shown(robot.lookup("#data-table").query())).as("still hidden").isFalse();
    }

    @Test
    void aFileOpenedWhileTheWorkAreaJoinsShowsItWhole(FxRobot robot) {
        javafx.scene.layout.VBox sections = new javafx.scene.layout.VBox(new Label("one"), new Label("two"));
        javafx.scene.control.ScrollPane side = new javafx.scene.control.ScrollPane(sections);
        robot.interact(() -> {
            window.setSidePanel(side);
            window.prepareWorkAreaInParts();
            vm.open(file);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(side.getScene()).as("side panel joined").isNotNull();
        assertThat(sections.getChildren()).hasSize(2);
        TableView<Integer> table = robot.lookup("#data-table").queryTableView();
        assertThat(shown(table)).isTrue();
        assertThat(table.getItems()).hasSize(5);
    }

    @Test
    void aSidePanelSetWhileTheWorkAreaJoinsStays(FxRobot robot) {
        javafx.scene.control.ScrollPane first = new javafx.scene.control.ScrollPane(new javafx.scene.layout.VBox(new Label("a")));
        Label second = new Label("the panel set later");
        second.setId("later-panel");
        robot.interact(() -> {
            window.setSidePanel(first);
            window.prepareWorkAreaInParts();
            window.setSidePanel(second);
        });
        robot.interact(() -> vm.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#later-panel").tryQuery()).as("the later panel is shown").isPresent();
        assertThat(first.getScene()).as("the earlier panel is not put back").isNull();
    }

    @Test
    void everyRowOfTheDataTableIsTwoEmsHigh(FxRobot robot) {
        robot.interact(() -> vm.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Integer> table = robot.lookup("#data-table").queryTableView();
        double em = javafx.scene.text.Font.getDefault().getSize();
        assertThat(table.getFixedCellSize()).as("fixed by the table's stylesheet").isEqualTo(2 * em, org.assertj.core.data.Offset.offset(0.01));
        for (Node row : robot.lookup(".table-row-cell").queryAll()) {
            if (row instanceof javafx.scene.control.TableRow<?> r && r.getItem() != null) {
                assertThat(r.getHeight()).isEqualTo(2 * em, org.assertj.core.data.Offset.offset(0.01));
            }
        }
    }

    @Test
    void numbersAndRowNumbersLineUpOnTheRightTextOnTheLeft(FxRobot robot) {
        robot.interact(() -> vm.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Map<String, javafx.geometry.Pos> alignment = new java.util.HashMap<>();
        for (Node node : robot.lookup(".table-cell").queryAll()) {
            if (node instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableColumn() != null && !cell.isEmpty()) {
                alignment.put(cell.getTableColumn().getText(), cell.getAlignment());
            }
        }
        assertThat(alignment).containsEntry("#", javafx.geometry.Pos.CENTER_RIGHT)
                .containsEntry("Spend", javafx.geometry.Pos.CENTER_RIGHT)
                .containsEntry("Visits", javafx.geometry.Pos.CENTER_RIGHT)
                .containsEntry("Region", javafx.geometry.Pos.CENTER_LEFT)
                .containsEntry("Customer", javafx.geometry.Pos.CENTER_LEFT);
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return node.getScene() != null;
    }

    @Test
    void showsTheOpenedDataWithTypeBadgesAndASummary(FxRobot robot) {
        robot.interact(() -> vm.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Integer> table = robot.lookup("#data-table").queryTableView();
        assertThat(robot.lookup("#empty-state").queryAs(Node.class).isVisible()).isFalse();
        assertThat(table.getItems()).hasSize(5);
        assertThat(table.getColumns().stream().map(TableColumn::getText).toList())
                .containsExactly("#", "Customer", "Region", "Spend", "Visits", "VIP");
        assertThat(table.getColumns().stream().skip(1).map(c -> ((Label) c.getGraphic()).getText()).toList())
                .containsExactly("ID", "CAT", "NUM", "INT", "BOOL");
        assertThat(robot.lookup("#status-summary").queryLabeled().getText()).isEqualTo("5 rows × 5 columns · 2 missing");
        assertThat(cell(table, 3, 3)).isEqualTo("1,500");
        assertThat(cell(table, 0, 2)).isEqualTo("East");
    }

    @Test
    void clickingAHeaderSortsWithMissingValuesLast(FxRobot robot) {
        robot.interact(() -> vm.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Spend");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Integer> table = robot.lookup("#data-table").queryTableView();
        assertThat(java.util.Arrays.asList(cell(table, 0, 3), cell(table, 1, 3), cell(table, 4, 3))).containsExactly("12", "99.25", null);
        assertThat(cell(table, 0, 1)).isEqualTo("c5");
        robot.clickOn("Spend");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell(table, 0, 3)).isEqualTo("1,500");
        assertThat(cell(table, 4, 3)).as("missing").isNull();
    }

    @Test
    void screensCanAddTabsAfterTheDataTab(FxRobot robot) {
        robot.interact(() -> window.addTab(new Tab("Compare k")));
        assertThat(window.tabPane().getTabs().stream().map(Tab::getText).toList()).containsExactly("Data", "Compare k");
    }

    @Test
    void theTitleNamesTheFile(FxRobot robot) {
        robot.interact(() -> vm.open(file));
        Dataset shown = vm.getDataset();
        assertThat(shown.rowCount()).isEqualTo(5);
        assertThat(vm.titleProperty().get()).isEqualTo("Archetype — customers.csv");
    }

    private static String cell(TableView<Integer> table, int row, int column) {
        Object v = table.getColumns().get(column).getCellObservableValue(row).getValue();
        return (String) v;
    }

    @Test
    void ctrlOAsksForAFileStartingInTheLastFolder(FxRobot robot) {
        robot.interact(() -> vm.open(file));
        robot.clickOn("#data-table");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.O)
                .release(javafx.scene.input.KeyCode.O, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.chooserFolders).containsExactly(java.util.Optional.of(file.getParent()));
    }

    @Test
    void aMillionRowTableSortsInTheBackgroundWithoutPerRowItems(FxRobot robot) throws Exception {
        Path big = Path.of("big.csv").toAbsolutePath();
        opener.data.put(big, TestData.countdown(1_000_000));
        robot.interact(() -> vm.open(big));
        TableView<Integer> table = robot.lookup("#data-table").queryTableView();
        assertThat(table.getItems()).isInstanceOf(dev.archetype.ui.data.RowIndexList.class).hasSize(1_000_000);
        assertThat(cell(table, 0, 1)).isEqualTo("1,000,000");
        robot.clickOn("Value");
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> !tableVm.sortingProperty().get() && tableVm.rowOrderProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell(table, 0, 1)).isEqualTo("1");
        assertThat(cell(table, 999_999, 1)).isEqualTo("1,000,000");
        assertThat(cell(table, 0, 0)).isEqualTo("1,000,000");
    }

    @Test
    void aboutCreditsTheSampleDataAndListsLicences(FxRobot robot) {
        robot.clickOn("#help-menu");
        robot.clickOn("About Archetype");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#about-credit").queryLabeled().getText())
                .contains("Wholesale customers").contains("CC BY 4.0").contains("UCI");
        assertThat(robot.lookup("#about-licences").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("Apache POI").contains("ControlsFX").contains("OpenJFX");
        robot.interact(() -> ((Stage) robot.lookup("#about-credit").queryAs(Node.class).getScene().getWindow()).close());
    }
}
