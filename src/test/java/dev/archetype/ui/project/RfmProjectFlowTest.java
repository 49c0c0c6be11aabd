package dev.archetype.ui.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archetype.app.ArchetypeApp;
import dev.archetype.cli.ArchetypeCli;
import dev.archetype.core.TestData;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.ui.importer.ImportService;
import dev.archetype.ui.shell.AppPreferences;
import dev.archetype.ui.shell.MainWindow;
import dev.archetype.ui.workbench.WorkbenchViewModel;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An RFM analysis saved from the window reopens to the same labels and names, and 'archetype run' agrees. */
@ExtendWith(ApplicationExtension.class)
class RfmProjectFlowTest {
    private static final Path RETAIL = TestData.SHARED.resolve("online_retail_partial_dec2010.csv");

    @TempDir Path tmp;
    private Preferences prefs;
    private RecordingPrompts prompts;
    private ArchetypeApp.Services services;
    private WorkbenchViewModel vm;
    private ProjectViewModel projects;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("dev/archetype/test/rfm-project-" + System.nanoTime());
        prompts = new RecordingPrompts();
        services = ArchetypeApp.build(stage, new AppPreferences(prefs), ImportService.CORE, prompts);
        vm = services.workbench().viewModel();
        projects = services.projects();
        Scene scene = new Scene(services.window().root(), 1240, 780);
        scene.getStylesheets().add(MainWindow.class.getResource("/dev/archetype/ui/archetype.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() throws BackingStoreException {
        prefs.removeNode();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int[] labels() {
        int n = services.main().getDataset().rowCount();
        int[] out = new int[n];
        for (int r = 0; r < n; r++) out[r] = vm.clusterOfRow(r);
        return out;
    }

    @Test
    void anRfmProjectSavedInTheWindowReopensToTheSameLabelsAndNames(FxRobot robot) throws Exception {
        assertTrue(Files.isRegularFile(RETAIL), "../shared/data is missing: it must sit beside the checkout");
        Path data = Files.createDirectories(tmp.resolve("data")).resolve("invoices.csv");
        Files.copy(RETAIL, data);
        robot.interact(() -> services.main().openWithImportOptions(data, ImportOptions.defaults(), null, true, d -> { }));
        waitUntil(() -> services.main().rfmProperty().get() != null);
        robot.interact(() -> {
            vm.setup().kProperty().set(4);
            vm.cluster();
        });
        waitUntil(() -> vm.currentProperty().get() != null && !vm.busyProperty().get());
        int[] first = labels();
        List<String> names = List.copyOf(vm.names());
        List<String> figures = vm.resultProperty().get().profile().archetypes().stream().map(a -> a.figures()).toList();

        Path projectFile = data.resolveSibling("invoices.archetype");
        prompts.saveAnswers.add(projectFile);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> projectFile.equals(projects.projectFileProperty().get()));
        JsonNode json = new ObjectMapper().readTree(projectFile.toFile());
        assertThat(json.get("rfm").asBoolean()).isTrue();

        Path other = tmp.resolve("other.csv");
        Files.writeString(other, "id,a,b\n1,1,2\n2,3,4\n3,5,7\n4,2,2\n", StandardCharsets.UTF_8);
        robot.interact(() -> services.main().open(other));
        waitUntil(() -> other.equals(services.main().currentFileProperty().get()) && services.main().rfmProperty().get() == null);

        prompts.openAnswers.add(projectFile);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> projects.messageProperty().get().startsWith("Opened") && !vm.busyProperty().get()
                && vm.currentProperty().get() != null);

        assertThat(services.main().rfmProperty().get()).as("re-derived from the invoice lines").isNotNull();
        assertThat(labels()).isEqualTo(first);
        assertThat(vm.names()).containsExactlyElementsOf(names);
        assertThat(vm.resultProperty().get().profile().archetypes().stream().map(a -> a.figures()).toList()).isEqualTo(figures);
        assertThat(prompts.errors).isEmpty();

        // The command line re-runs the window's project to the same labels.
        Path csv = tmp.resolve("run.csv");
        StringWriter err = new StringWriter();
        assertThat(ArchetypeCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "run", projectFile.toString(),
                "--out", csv.toString())).as(err.toString()).isZero();
        List<String> rows = Files.readAllLines(csv);
        List<String> header = List.of(rows.get(0).split(","));
        assertThat(rows).hasSize(first.length + 1);
        for (int r = 0; r < first.length; r++) {
            String[] cells = rows.get(r + 1).split(",");
            assertThat(Integer.parseInt(cells[header.indexOf("Cluster")])).as("row " + r).isEqualTo(first[r] + 1);
            assertThat(cells[header.indexOf("Archetype")]).isEqualTo(names.get(first[r]));
        }
    }
}
