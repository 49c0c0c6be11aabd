package dev.archetype.ui.project;

import dev.archetype.app.ArchetypeApp;
import dev.archetype.core.TestData;
import dev.archetype.core.analysis.Analysis;
import dev.archetype.core.analysis.AnalysisResult;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.model.FittedModel;
import dev.archetype.core.model.FittedProfile;
import dev.archetype.core.model.Scoring;
import dev.archetype.core.profile.Archetype;
import dev.archetype.core.profile.ProfileFromAggregatesTest;
import dev.archetype.core.project.Project;
import dev.archetype.core.project.ProjectStore;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project whose archetypes were fitted elsewhere (as {@code archetype-spark cluster --save-project} writes it: the
 * model, the figures over every row and a sample file) opens in the window to those archetypes — names, sizes over all
 * rows, profile — with the sample's rows labelled by the model, and is never re-clustered on the sample.
 */
@ExtendWith(ApplicationExtension.class)
class FittedProjectFlowTest {
    @TempDir Path tmp;
    private Preferences prefs;
    private RecordingPrompts prompts;
    private ArchetypeApp.Services services;
    private WorkbenchViewModel vm;
    private ProjectViewModel projects;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("dev/archetype/test/fitted-project-" + System.nanoTime());
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

    @Test
    void theWindowShowsArchetypesFittedElsewhereOnTheirSample(FxRobot robot) throws Exception {
        Path wholesale = TestData.SHARED.resolve("wholesale_customers.csv");
        assertTrue(Files.isRegularFile(wholesale), "../shared/data is missing: it must sit beside the checkout");
        // "All rows" live where the desktop cannot read them; the engine fitted them and kept 150 as the sample.
        AnalysisResult fit = Analysis.run(AnalysisSpec.of(wholesale).withK(4), 2, ProgressListener.NONE, Cancellation.NEVER);
        List<String> lines = Files.readAllLines(wholesale);
        Path sample = Files.write(tmp.resolve("customers.sample.csv"), lines.subList(0, 151));
        FittedModel model = fit.model();
        FittedProfile figures = new FittedProfile("Apache Spark 4.0.1", "s3a://lake/customers/", fit.clustering().rows(),
                fit.clustering().sizes(), ProfileFromAggregatesTest.aggregate(fit.data(), fit.matrix(), fit.clustering()),
                fit.profile().archetypes().stream().map(Archetype::rule).toList(), new double[] {0.95, 0.9, 0.8, 0.7},
                fit.clustering().sse(), 150);
        Project project = Project.create(sample, ImportOptions.defaults(), fit.resolved().features(), fit.options(), 4, 4, fit.profile().names())
                .withModel(model).withFitted(figures);
        Path file = tmp.resolve("customers.archetype");
        ProjectStore.save(file, project);

        prompts.openAnswers.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> projects.messageProperty().get().startsWith("Opened")
                && !vm.busyProperty().get() && vm.currentProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(prompts.errors).isEmpty();
        assertThat(services.main().getDataset().rowCount()).isEqualTo(150);
        AnalysisResult shown = vm.resultProperty().get();
        assertThat(vm.names()).containsExactlyElementsOf(fit.profile().names());
        // sizes and figures are the engine's, over all 440 rows, not the sample's 150
        assertThat(shown.profile().sizes()).isEqualTo(fit.clustering().sizes());
        assertThat(shown.profile().archetypes().stream().map(Archetype::stability).toList()).containsExactly(0.95, 0.9, 0.8, 0.7);
        for (int i = 0; i < fit.profile().features().size(); i++) {
            assertThat(shown.profile().features().get(i).clusterMeans()).containsExactly(fit.profile().features().get(i).clusterMeans(),
                    org.assertj.core.data.Offset.offset(1e-6));
        }
        // each sample row is labelled by the model (as 'score' labels it), with the model's centres: nothing re-clustered
        Scoring.Scored scored = Scoring.score(model, services.main().getDataset(), false, Cancellation.NEVER);
        for (int r = 0; r < 150; r++) assertThat(vm.clusterOfRow(r)).as("row " + r).isEqualTo(scored.clusters()[r]);
        assertThat(shown.clustering().centroids()).containsExactly(model.centres());
        assertThat(vm.runCaptionProperty().get()).endsWith("fitted by Apache Spark 4.0.1 on s3a://lake/customers/ (440 rows); "
                + "the Data tab holds a sample of 150");
    }
}
