package dev.archetype.ui.export;

import dev.archetype.ui.common.RecordingDialogService;
import dev.archetype.ui.workbench.Harness;
import dev.archetype.ui.workbench.WorkbenchViewModel;
import dev.archetype.ui.workbench.profile.ProfileView;
import dev.archetype.ui.workbench.scatter.ScatterView;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Export from the window on the bundled wholesale sample: workbook, safety checks, PNG, clipboard. */
@ExtendWith(ApplicationExtension.class)
class ExportFlowFxTest {
    private static final List<String> SPEND = List.of("Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen");
    @TempDir Path dir;
    private Harness harness;
    private WorkbenchViewModel vm;
    private ExportViewModel export;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Deque<SaveChooser.Choice> choices = new ArrayDeque<>();

    @Start
    void start(Stage stage) {
        harness = new Harness(stage);
        vm = harness.workbench.viewModel();
        export = harness.services.export().viewModel();
        export.useDialogs(dialogs, (title, folder, name, filters) -> Optional.ofNullable(choices.poll()));
        harness.show(stage, 1240, 780);
    }

    @AfterEach
    void tearDown() {
        harness.dispose();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openAndClusterThree(FxRobot robot) throws Exception {
        // a copy, so nothing a test writes can land next to the sample in the source tree
        Path copy = Files.copy(Harness.wholesale(), dir.resolve("wholesale_customers.csv"));
        robot.interact(() -> harness.main.open(copy));
        waitUntil(() -> harness.main.getDataset() != null);
        robot.interact(() -> {
            vm.setup().selectNone();
            vm.setup().features().stream().filter(f -> SPEND.contains(f.name())).forEach(f -> f.setSelected(true));
            vm.setup().kProperty().set(3);
        });
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> vm.currentProperty().get() != null && !vm.busyProperty().get());
        assertThat(vm.currentProperty().get().clustering().k()).isEqualTo(3);
    }

    private MenuItem fileMenuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> "file-menu".equals(m.getId())).findFirst().orElseThrow()
                .getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private void waitForFile(Path file) throws Exception {
        waitUntil(() -> !export.exportingProperty().get() && Files.exists(file));
    }

    @Test
    void exportToExcelWithCtrlEWritesEveryCustomerWithItsCluster(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#toolbar-export").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(fileMenuItem(robot, "export-excel-item").isDisable()).isTrue();
        openAndClusterThree(robot);
        assertThat(robot.lookup("#toolbar-export").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(fileMenuItem(robot, "export-excel-item").isDisable()).isFalse();
        assertThat(fileMenuItem(robot, "export-csv-item").isDisable()).isFalse();

        Path target = dir.resolve("wholesale-archetypes-k3.xlsx");
        choices.add(new SaveChooser.Choice(target, true));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitForFile(target);

        int rows = harness.main.getDataset().rowCount();
        assertThat(rows).isEqualTo(440);
        try (InputStream in = Files.newInputStream(target); Workbook wb = new XSSFWorkbook(in)) {
            Sheet customers = wb.getSheet("Customers");
            assertThat(customers).isNotNull();
            assertThat(customers.getLastRowNum()).isEqualTo(rows); // header + one row per customer
            Row header = customers.getRow(0);
            int clusterColumn = -1;
            for (Cell c : header) if ("Cluster".equals(c.getStringCellValue())) clusterColumn = c.getColumnIndex();
            assertThat(clusterColumn).isGreaterThanOrEqualTo(0);
            for (int r = 0; r < rows; r++) {
                Cell cell = customers.getRow(r + 1).getCell(clusterColumn);
                assertThat((int) cell.getNumericCellValue()).as("row %d", r).isEqualTo(vm.clusterOfRow(r) + 1);
            }
            // each customer's silhouette, measured in the export job (440 rows: the exact pass)
            var run = vm.currentProperty().get();
            double[] expected = dev.archetype.core.cluster.Silhouette.perRow(run.matrix(), run.clustering(),
                    dev.archetype.core.cluster.Distance.EUCLIDEAN, 1);
            int silhouetteColumn = -1;
            for (Cell c : header) if ("Silhouette".equals(c.getStringCellValue())) silhouetteColumn = c.getColumnIndex();
            assertThat(silhouetteColumn).isGreaterThanOrEqualTo(0);
            for (int i = 0; i < run.matrix().rows(); i++) {
                int r = run.matrix().sourceRows()[i];
                assertThat(customers.getRow(r + 1).getCell(silhouetteColumn).getNumericCellValue()).as("row %d", r)
                        .isCloseTo(expected[i], org.assertj.core.api.Assertions.within(1e-9));
            }
            assertThat(wb.getSheet("Archetypes")).isNotNull();
        }
        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText()).isEqualTo("Saved " + target);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void exportOverTheSourceFileIsRefusedAndTheFileUntouched(FxRobot robot) throws Exception {
        openAndClusterThree(robot);
        Path source = harness.main.currentFileProperty().get();
        byte[] before = Files.readAllBytes(source);
        choices.add(new SaveChooser.Choice(source, true));
        robot.clickOn("#toolbar-export");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).singleElement().asString().contains("Refusing to overwrite the source file wholesale_customers.csv");
        assertThat(Files.readAllBytes(source)).isEqualTo(before);
        assertThat(export.exportingProperty().get()).isFalse();
        assertThat(source.resolveSibling("wholesale_customers.csv.xlsx")).doesNotExist();
    }

    @Test
    void declinedOverwriteKeepsTheOldFileBytes(FxRobot robot) throws Exception {
        openAndClusterThree(robot);
        Path target = Files.write(dir.resolve("old.xlsx"), new byte[] {1, 2, 3, 4});
        dialogs.confirmAnswer = false;
        choices.add(new SaveChooser.Choice(target, false));
        robot.interact(() -> fileMenuItem(robot, "export-excel-item").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3, 4);
        assertThat(export.statusProperty().get()).isEmpty();
    }

    @Test
    void csvForExcelFromTheFileMenuStartsWithTheUtf8Bom(FxRobot robot) throws Exception {
        openAndClusterThree(robot);
        Path target = dir.resolve("labeled.csv");
        choices.add(new SaveChooser.Choice(target, true));
        robot.interact(() -> fileMenuItem(robot, "export-csv-bom-item").fire());
        waitForFile(target);
        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 'C', (byte) 'h');
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\r\n")).hasSize(441);
    }

    @Test
    void profileGridAndScatterSaveAsPngAtTheirSizeOnScreen(FxRobot robot) throws Exception {
        openAndClusterThree(robot);
        robot.clickOn("#profiles-tab .tab-label");
        Node grid = robot.lookup("#profile-view").queryAs(ProfileView.class).table();
        Path gridPng = dir.resolve("grid.png");
        choices.add(new SaveChooser.Choice(gridPng, true));
        robot.clickOn("#profile-png");
        waitForFile(gridPng);
        assertPicture(gridPng, grid);

        robot.clickOn("#scatter-tab .tab-label");
        Node canvas = robot.lookup("#scatter-view").queryAs(ScatterView.class).canvas();
        Path scatterPng = dir.resolve("scatter"); // the extension is added
        choices.add(new SaveChooser.Choice(scatterPng, true));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        waitForFile(dir.resolve("scatter.png"));
        assertPicture(dir.resolve("scatter.png"), canvas);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void elbowChartSavesAsPngFromItsHeaderAndTheGridHasAContextMenu(FxRobot robot) throws Exception {
        openAndClusterThree(robot);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> vm.sweepProperty().get() != null && !vm.busyProperty().get());
        robot.clickOn("#compare-k-tab .tab-label");
        // the header (recommendation, Use k, run banner) settles its height before the picture is taken
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#compare-k-view").query().getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        Node chart = robot.lookup("#compare-k-view").queryAs(dev.archetype.ui.workbench.comparek.CompareKView.class).chart();
        Path elbow = dir.resolve("elbow.png");
        choices.add(new SaveChooser.Choice(elbow, true));
        // the size on screen when the picture is taken (the window's status line may nudge the layout afterwards)
        javafx.geometry.Bounds shown = chart.getLayoutBounds();
        robot.clickOn("#compare-k-png");
        waitForFile(elbow);
        assertPicture(elbow, shown.getWidth(), shown.getHeight());

        // the workbook now carries the sweep as its Compare k sheet
        Path book = dir.resolve("with-sweep.xlsx");
        choices.add(new SaveChooser.Choice(book, true));
        robot.clickOn("#toolbar-export");
        waitForFile(book);
        try (InputStream in = Files.newInputStream(book); Workbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Compare k")).isNotNull();
        }

        robot.clickOn("#profiles-tab .tab-label");
        // Monocle's robot does not turn a right click into a context-menu request, so send the request itself
        Node grid = robot.lookup("#profile-grid").query();
        robot.interact(() -> {
            var b = grid.localToScreen(grid.getLayoutBounds());
            javafx.event.Event.fireEvent(grid, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 50, 50, b.getMinX() + 50, b.getMinY() + 50, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ContextMenu menu = robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu).map(w -> (javafx.scene.control.ContextMenu) w)
                .findFirst().orElseThrow();
        assertThat(menu.getItems()).extracting(MenuItem::getText).containsExactly("Copy grid", "Save as PNG…");
        robot.interact(() -> {
            Clipboard.getSystemClipboard().clear();
            menu.getItems().get(0).fire();
            menu.hide();
        });
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> text.set(Clipboard.getSystemClipboard().getString()));
        assertThat(text.get()).startsWith("Feature\tOverall\t");
    }

    private static void assertPicture(Path png, Node node) throws Exception {
        assertPicture(png, node.getLayoutBounds().getWidth(), node.getLayoutBounds().getHeight());
    }

    private static void assertPicture(Path png, double width, double height) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("decodes as an image").isNotNull();
        assertThat((double) image.getWidth()).isCloseTo(width, within(1.0));
        assertThat((double) image.getHeight()).isCloseTo(height, within(1.0));
        assertThat(image.getWidth()).isGreaterThan(100);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) colours.add(image.getRGB(x, y));
        }
        assertThat(colours.size()).as("distinct colours").isGreaterThan(5);
    }

    @Test
    void copyGridPutsTabSeparatedTextWithKPlusTwoColumnsOnTheClipboard(FxRobot robot) throws Exception {
        openAndClusterThree(robot);
        robot.clickOn("#profiles-tab .tab-label");
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> text.set(Clipboard.getSystemClipboard().getString()));
        assertThat(text.get()).isNotNull();
        String[] lines = text.get().split("\n");
        int k = 3;
        assertThat(lines[0].split("\t", -1)).containsExactly("Feature", "Overall", vm.names().get(0), vm.names().get(1), vm.names().get(2));
        assertThat(lines).hasSize(1 + vm.profileProperty().get().features().size());
        for (String line : lines) assertThat(line.split("\t", -1)).hasSize(k + 2);
        // the rows follow the grid's order (by separation) and the first column names features
        assertThat(lines[1].split("\t")[0]).isIn(SPEND);

        // the header button does the same, after a rename
        robot.interact(() -> {
            vm.rename(0, "Hotels");
            Clipboard.getSystemClipboard().clear();
        });
        robot.clickOn("#profile-copy-grid");
        robot.interact(() -> text.set(Clipboard.getSystemClipboard().getString()));
        assertThat(text.get()).startsWith("Feature\tOverall\tHotels\t");
    }
}
