package dev.archetype.ui.export;

import dev.archetype.ui.common.RecordingDialogService;
import dev.archetype.ui.workbench.Harness;
import dev.archetype.ui.workbench.WorkbenchViewModel;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
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

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Views always show one result: the usual flow exports its comparison, stale settings are marked, names survive. */
@ExtendWith(ApplicationExtension.class)
class OneResultFlowFxTest {
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

    private void open(FxRobot robot) throws Exception {
        Path copy = Files.copy(Harness.wholesale(), dir.resolve("wholesale_customers.csv"));
        robot.interact(() -> harness.main.open(copy));
        waitUntil(() -> harness.main.getDataset() != null);
        robot.interact(() -> {
            vm.setup().selectNone();
            vm.setup().features().stream().filter(f -> SPEND.contains(f.name())).forEach(f -> f.setSelected(true));
        });
    }

    private boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void compareThenSetKThenClusterThenExportCarriesTheComparison(FxRobot robot) throws Exception {
        open(robot);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> vm.sweepProperty().get() != null && !vm.busyProperty().get());
        robot.interact(() -> vm.setup().kProperty().set(4));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> vm.selectedKProperty().get() == 4 && !vm.busyProperty().get());

        Path target = dir.resolve("k4.xlsx");
        choices.add(new SaveChooser.Choice(target, true));
        robot.interact(export::exportWorkbook);
        waitUntil(() -> !export.exportingProperty().get() && Files.exists(target));
        try (InputStream in = Files.newInputStream(target); Workbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Compare k")).as("the comparison that was run goes with the export").isNotNull();
            assertThat(wb.getSheet("Compare k").getRow(1).getCell(0).getNumericCellValue()).isEqualTo(2);
            Map<String, String> run = new HashMap<>();
            for (Row row : wb.getSheet("Run")) run.put(row.getCell(0).getStringCellValue(), row.getCell(1).toString());
            assertThat(run.get("k")).isEqualTo("4.0");
            assertThat(run.get("Reproduce with")).startsWith("archetype cluster ").contains("--k 4").contains("--compare 2..10")
                    .contains("--seed 0");
        }
    }

    @Test
    void changingTheSeedMarksTheViewsStaleUntilCluster(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> vm.setup().kProperty().set(3));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> vm.resultProperty().get() != null && !vm.busyProperty().get());
        robot.interact(() -> harness.window.tabPane().getSelectionModel().select(harness.workbench.profileTab()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.staleProperty().get()).isFalse();
        assertThat(visible(robot, "#profile-run-banner-stale")).isFalse();
        assertThat(vm.runCaptionProperty().get()).startsWith("k = 3 · 6 features · z-score · Euclidean · seed 0");

        robot.interact(() -> vm.setup().seedProperty().set(7));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.staleProperty().get()).isTrue();
        assertThat(visible(robot, "#profile-run-banner-stale")).isTrue();

        robot.interact(() -> robot.lookup("#profile-run-banner-stale .stale-button").queryAs(Button.class).fire());
        waitUntil(() -> !vm.busyProperty().get() && !vm.staleProperty().get());
        assertThat(vm.runCaptionProperty().get()).contains("seed 7");
        assertThat(visible(robot, "#profile-run-banner-stale")).isFalse();
    }

    @Test
    void aRenamedArchetypeSurvivesARerunWithTheSameK(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> vm.setup().kProperty().set(3));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> vm.resultProperty().get() != null && !vm.busyProperty().get());
        robot.interact(() -> harness.window.tabPane().getSelectionModel().select(harness.workbench.profileTab()));
        WaitForAsyncUtils.waitForFxEvents();
        int biggest = vm.resultProperty().get().clustering().size(0);
        TextField name = robot.lookup("#archetype-name-1").queryAs(TextField.class);
        robot.interact(() -> {
            name.setText("Corner cafés");
            name.getOnAction().handle(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.names().get(0)).isEqualTo("Corner cafés");

        robot.interact(() -> vm.setup().restartsProperty().set(20)); // another run, same k
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> !vm.busyProperty().get() && vm.resultProperty().get().spec().restarts() == 20);
        assertThat(vm.resultProperty().get().clustering().size(0)).isEqualTo(biggest);
        assertThat(vm.names().get(0)).isEqualTo("Corner cafés");
        assertThat(robot.lookup("#archetype-name-1").queryAs(TextField.class).getText()).isEqualTo("Corner cafés");
        assertThat(vm.resultProperty().get().profile().archetype(0).name()).isEqualTo("Corner cafés");
    }
}
