package dev.archetype.ui.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archetype.app.ArchetypeApp;
import dev.archetype.core.project.Sha256;
import dev.archetype.core.project.SourceCheck;
import dev.archetype.ui.importer.ImportService;
import dev.archetype.ui.shell.AppPreferences;
import dev.archetype.ui.shell.MainWindow;
import dev.archetype.ui.shell.Sample;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** Save an analysis of the wholesale sample as a project, open something else, reopen it: same labels and names. */
@ExtendWith(ApplicationExtension.class)
class ProjectFlowTest {
    private static final List<String> SPEND = List.of("Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen");
    private static final long SEED = 7;
    private static final String RENAMED = "Hotels & cafés";

    @TempDir
    Path tmp;
    private Preferences prefs;
    private RecordingPrompts prompts;
    private ArchetypeApp.Services services;
    private WorkbenchViewModel vm;
    private ProjectViewModel projects;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("dev/archetype/test/project-" + System.nanoTime());
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

    private Path copyOfWholesale() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data")).resolve("wholesale_customers.csv");
        Files.copy(Path.of("src/main/resources/dev/archetype/samples/wholesale_customers.csv"), data);
        return data;
    }

    private void open(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> services.main().open(file));
        waitUntil(() -> services.main().getDataset() != null && file.equals(services.main().currentFileProperty().get()));
    }

    /** Opens the copy of the sample, clusters k = 4 with seed 7 (or sweeps 2–8 and picks 4), renames cluster 1. */
    private int[] clusterAndRename(FxRobot robot, Path csv, boolean sweep) throws Exception {
        open(robot, csv);
        robot.interact(() -> {
            vm.setup().selectNone();
            for (var f : vm.setup().features()) if (SPEND.contains(f.name())) f.setSelected(true);
            vm.setup().seedProperty().set(SEED);
            vm.setup().kProperty().set(4);
            vm.setup().kMinProperty().set(2);
            vm.setup().kMaxProperty().set(8);
            if (sweep) vm.compareK();
            else vm.cluster();
        });
        waitUntil(() -> vm.currentProperty().get() != null && !vm.busyProperty().get());
        if (sweep) {
            robot.interact(() -> vm.selectK(4));
            waitUntil(() -> vm.selectedKProperty().get() == 4 && !vm.busyProperty().get());
        }
        robot.interact(() -> vm.rename(1, RENAMED));
        assertThat(vm.names().get(1)).isEqualTo(RENAMED);
        return labels();
    }

    private int[] labels() {
        int n = services.main().getDataset().rowCount();
        int[] out = new int[n];
        for (int r = 0; r < n; r++) out[r] = vm.clusterOfRow(r);
        return out;
    }

    private Path save(FxRobot robot, Path projectFile) throws Exception {
        assertThat(projects.canSaveProperty().get()).isTrue();
        prompts.saveAnswers.add(projectFile);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL); // File ▸ Save Project…
        waitUntil(() -> projectFile.equals(projects.projectFileProperty().get()));
        assertThat(projectFile).isRegularFile();
        return projectFile;
    }

    /** Something else on screen, so reopening has to rebuild everything. */
    private void openSomethingElse(FxRobot robot) throws Exception {
        Path other = tmp.resolve("other.csv");
        Files.writeString(other, "id,a,b\n1,1,2\n2,3,4\n3,5,7\n4,2,2\n", StandardCharsets.UTF_8);
        open(robot, other);
        assertThat(vm.currentProperty().get()).isNull();
        assertThat(projects.canSaveProperty().get()).isFalse();
    }

    private void reopen(FxRobot robot, Path projectFile) throws Exception {
        prompts.openAnswers.add(projectFile);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> projects.messageProperty().get().startsWith("Opened") && !vm.busyProperty().get());
    }

    @Test
    void savedProjectReopensToTheSameLabelsAndNames(FxRobot robot) throws Exception {
        Path csv = copyOfWholesale();
        int[] first = clusterAndRename(robot, csv, false);
        List<String> names = List.copyOf(vm.names());
        Path projectFile = save(robot, Files.createDirectories(tmp.resolve("projects")).resolve("wholesale.archetype"));
        assertThat(prompts.suggestedNames).containsExactly("wholesale_customers.archetype");

        JsonNode json = new ObjectMapper().readTree(projectFile.toFile());
        assertThat(json.at("/source/path").asText()).isEqualTo("../data/wholesale_customers.csv");
        assertThat(json.at("/source/sha256").asText()).isEqualTo(Sha256.of(csv));
        List<String> features = new ArrayList<>();
        json.at("/preparation/features").forEach(f -> features.add(f.asText()));
        assertThat(features).containsExactlyElementsOf(SPEND);
        assertThat(json.at("/clustering/k").asInt()).isEqualTo(4);
        assertThat(json.at("/clustering/seed").asLong()).isEqualTo(SEED);
        assertThat(json.at("/clustering/kMin").asInt()).isEqualTo(4);
        assertThat(json.at("/clustering/kMax").asInt()).isEqualTo(4);
        List<String> savedNames = new ArrayList<>();
        json.at("/archetypeNames").forEach(n -> savedNames.add(n.asText()));
        assertThat(savedNames).containsExactlyElementsOf(names).contains(RENAMED);

        openSomethingElse(robot);
        robot.interact(() -> vm.setup().seedProperty().set(99));
        reopen(robot, projectFile);

        assertThat(services.main().currentFileProperty().get()).isEqualTo(csv);
        assertThat(vm.setup().seedProperty().get()).isEqualTo(SEED);
        assertThat(robot.lookup("#seed-field").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("7");
        assertThat(robot.lookup("#k-spinner").queryAs(javafx.scene.control.Spinner.class).getValue()).isEqualTo(4);
        assertThat(vm.setup().selectedColumns()).containsExactlyElementsOf(SPEND);
        assertThat(labels()).isEqualTo(first);
        assertThat(vm.names()).containsExactlyElementsOf(names);
        assertThat(services.main().recentFiles()).first().isEqualTo(projectFile);
        assertThat(prompts.errors).isEmpty();
        assertThat(prompts.locateQuestions).isEmpty();
        assertThat(prompts.changedWarnings).isEmpty();
        // the data sits in a sibling folder of the project's, so opening asked first (and was told yes)
        assertThat(prompts.outsideQuestions).containsExactly("This project reads " + csv.toRealPath()
                + ", outside the project's folder. Read it?");
    }

    @Test
    void aProjectNamingAFileOutsideItsFolderAsksBeforeReadingItAndDecliningOpensNothing(FxRobot robot) throws Exception {
        Path csv = copyOfWholesale();
        clusterAndRename(robot, csv, false);
        Path projectFile = save(robot, tmp.resolve("data").resolve("wholesale.archetype"));
        openSomethingElse(robot);
        // A project someone sent: its source is a system file.
        com.fasterxml.jackson.databind.node.ObjectNode json =
                (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(projectFile.toFile());
        Path secret = Files.writeString(Files.createDirectories(tmp.resolve("private")).resolve("passwd"), "root:x:0:0\n");
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("source")).put("path", secret.toString())
                .put("absolutePath", secret.toString());
        new ObjectMapper().writeValue(projectFile.toFile(), json);

        prompts.readOutside = false;
        robot.interact(() -> projects.open(projectFile));
        waitUntil(() -> projects.messageProperty().get().startsWith("Did not open"));

        assertThat(prompts.outsideQuestions).containsExactly("This project reads " + secret.toRealPath()
                + ", outside the project's folder. Read it?");
        assertThat(services.main().currentFileProperty().get().getFileName()).hasToString("other.csv");
        assertThat(prompts.changedWarnings).as("declined before the source was hashed").isEmpty();
        assertThat(prompts.locateQuestions).isEmpty();
        assertThat(prompts.errors).isEmpty();
    }

    @Test
    void aProjectNextToItsDataOpensWithoutAsking(FxRobot robot) throws Exception {
        Path csv = copyOfWholesale();
        clusterAndRename(robot, csv, false);
        Path projectFile = save(robot, tmp.resolve("wholesale.archetype")); // data in the subfolder data/
        openSomethingElse(robot);
        prompts.readOutside = false;
        reopen(robot, projectFile);
        assertThat(prompts.outsideQuestions).isEmpty();
        assertThat(services.main().currentFileProperty().get()).isEqualTo(csv);
    }

    @Test
    void aProjectOfPivotedTransactionsPivotsAgainToTheSameArchetypes(FxRobot robot) throws Exception {
        Path wine = Files.createDirectories(tmp.resolve("wine")).resolve("wine_offers.xlsx");
        Files.copy(dev.archetype.core.sample.Samples.wineOffers(), wine);
        var pivot = new dev.archetype.core.transactions.TransactionRequest("Customer Last Name", "Offer #",
                dev.archetype.core.transactions.PivotValue.PRESENCE, "OfferInformation", "Offer #");
        robot.interact(() -> services.main().openWithImportOptions(wine,
                dev.archetype.core.io.ImportOptions.defaults().withSheet("Transactions"), pivot, data -> { }));
        waitUntil(() -> services.main().transactionsProperty().get() != null && services.main().getDataset() != null);
        robot.interact(() -> {
            vm.setup().seedProperty().set(SEED);
            vm.setup().kProperty().set(4);
            vm.cluster();
        });
        waitUntil(() -> vm.currentProperty().get() != null && !vm.busyProperty().get());
        int[] first = labels();
        List<String> names = List.copyOf(vm.names());
        assertThat(names).anyMatch(n -> n.contains("lovers")); // named from the offers' attributes

        Path projectFile = save(robot, tmp.resolve("wine").resolve("wine.archetype"));
        JsonNode json = new ObjectMapper().readTree(projectFile.toFile());
        assertThat(json.at("/pivot/customerColumn").asText()).isEqualTo("Customer Last Name");
        assertThat(json.at("/pivot/itemColumn").asText()).isEqualTo("Offer #");
        assertThat(json.at("/pivot/attributes").asText()).isEqualTo("OfferInformation");
        assertThat(json.at("/import/sheet").asText()).isEqualTo("Transactions");

        openSomethingElse(robot);
        reopen(robot, projectFile);

        assertThat(services.main().transactionsProperty().get()).isNotNull();
        assertThat(services.main().getDataset().rowCount()).isEqualTo(first.length);
        assertThat(labels()).isEqualTo(first);
        assertThat(vm.names()).containsExactlyElementsOf(names);
        assertThat(vm.rollupGrid()).isNotEmpty();
        assertThat(prompts.errors).isEmpty();
    }

    @Test
    void sweptProjectReopensTheSweepAndTheChosenK(FxRobot robot) throws Exception {
        Path csv = copyOfWholesale();
        int[] first = clusterAndRename(robot, csv, true);
        Path projectFile = save(robot, tmp.resolve("data").resolve("swept.archetype"));
        JsonNode json = new ObjectMapper().readTree(projectFile.toFile());
        assertThat(json.at("/source/path").asText()).isEqualTo("wholesale_customers.csv");
        assertThat(json.at("/clustering/kMin").asInt()).isEqualTo(2);
        assertThat(json.at("/clustering/kMax").asInt()).isEqualTo(8);
        assertThat(json.at("/clustering/k").asInt()).isEqualTo(4);

        openSomethingElse(robot);
        // File ▸ Open, a dropped file and the command-line argument all go through MainViewModel.open
        robot.interact(() -> services.main().open(projectFile));
        waitUntil(() -> projects.messageProperty().get().startsWith("Opened") && !vm.busyProperty().get());

        assertThat(vm.sweepProperty().get()).isNotNull();
        assertThat(vm.sweepProperty().get().result().results()).hasSize(7);
        assertThat(vm.selectedKProperty().get()).isEqualTo(4);
        assertThat(labels()).isEqualTo(first);
        assertThat(vm.names().get(1)).isEqualTo(RENAMED);
    }

    @Test
    void movedSourceIsLocatedAndGivesTheSameLabels(FxRobot robot) throws Exception {
        Path csv = copyOfWholesale();
        int[] first = clusterAndRename(robot, csv, false);
        Path projectFile = save(robot, tmp.resolve("wholesale.archetype"));
        openSomethingElse(robot);
        Path moved = Files.createDirectories(tmp.resolve("elsewhere")).resolve("customers-2024.csv");
        Files.move(csv, moved);

        prompts.locateAnswers.add(moved);
        reopen(robot, projectFile);

        assertThat(prompts.locateQuestions).hasSize(1);
        assertThat(prompts.locateQuestions.get(0).status()).isEqualTo(SourceCheck.Status.MISSING);
        assertThat(prompts.locateQuestions.get(0).file()).isEqualTo(csv);
        assertThat(prompts.changedWarnings).isEmpty();
        assertThat(services.main().currentFileProperty().get()).isEqualTo(moved);
        assertThat(labels()).isEqualTo(first);
        assertThat(vm.names().get(1)).isEqualTo(RENAMED);
    }

    @Test
    void changedSourceIsReportedBeforeReopening(FxRobot robot) throws Exception {
        Path csv = copyOfWholesale();
        clusterAndRename(robot, csv, false);
        Path projectFile = save(robot, tmp.resolve("wholesale.archetype"));
        openSomethingElse(robot);
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        lines.remove(lines.size() - 1); // one customer fewer
        Files.write(csv, lines);

        prompts.continueWhenChanged = false;
        prompts.openAnswers.add(projectFile);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> prompts.changedWarnings.size() == 1);
        assertThat(prompts.changedWarnings.get(0).status()).isEqualTo(SourceCheck.Status.CHANGED);
        assertThat(prompts.changedWarnings.get(0).message()).contains("has changed");
        assertThat(services.main().currentFileProperty().get().getFileName()).hasToString("other.csv"); // declined: nothing reopened

        prompts.continueWhenChanged = true;
        reopen(robot, projectFile);
        assertThat(prompts.changedWarnings).hasSize(2);
        assertThat(services.main().currentFileProperty().get()).isEqualTo(csv);
        assertThat(services.main().getDataset().rowCount()).isEqualTo(439);
        assertThat(vm.selectedKProperty().get()).isEqualTo(4);
        assertThat(vm.names().get(1)).isEqualTo(RENAMED);
    }

    private MenuItem fileMenuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().get(0).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void saveIsDisabledUntilSomethingIsClusteredAndASampleIsCopiedNextToTheProject(FxRobot robot) throws Exception {
        MenuItem saveItem = fileMenuItem(robot, "save-project-item");
        assertThat(fileMenuItem(robot, "open-project-item").isDisable()).isFalse();
        assertThat(saveItem.isDisable()).isTrue();
        robot.interact(() -> services.main().openSample(Sample.WHOLESALE));
        waitUntil(() -> services.main().getDataset() != null);
        assertThat(saveItem.isDisable()).isTrue(); // data but no clustering yet
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(prompts.suggestedNames).isEmpty();

        robot.interact(() -> vm.cluster());
        waitUntil(() -> vm.currentProperty().get() != null && !vm.busyProperty().get());
        assertThat(saveItem.isDisable()).isFalse();
        int[] first = labels();
        Path projectFile = save(robot, Files.createDirectories(tmp.resolve("sample")).resolve("sample.archetype"));

        // the sample's temporary copy would vanish at exit, so the project keeps its own copy
        Path kept = tmp.resolve("sample").resolve("wholesale_customers.csv");
        assertThat(kept).isRegularFile();
        JsonNode json = new ObjectMapper().readTree(projectFile.toFile());
        assertThat(json.at("/source/path").asText()).isEqualTo("wholesale_customers.csv");
        assertThat(json.at("/source/sha256").asText()).isEqualTo(Sha256.of(kept));

        openSomethingElse(robot);
        reopen(robot, projectFile);
        assertThat(services.main().currentFileProperty().get()).isEqualTo(kept);
        assertThat(labels()).isEqualTo(first);
    }
}
