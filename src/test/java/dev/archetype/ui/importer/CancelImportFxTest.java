package dev.archetype.ui.importer;

import dev.archetype.app.ArchetypeApp;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportException;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.ImportPreview;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import dev.archetype.ui.data.TestData;
import dev.archetype.ui.shell.AppPreferences;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** A slow import shows progress and Cancel in the status bar, and Cancel stops it without changing the data. */
@ExtendWith(ApplicationExtension.class)
class CancelImportFxTest {
    private final Preferences node = Preferences.userRoot().node("dev/archetype/test/" + UUID.randomUUID());
    private final AtomicBoolean workerSawCancel = new AtomicBoolean();
    private ArchetypeApp.Services app;

    /** Reads forever, reporting half-way progress, until cancelled. */
    private final ImportService slow = new ImportService() {
        @Override
        public ImportPreview preview(Path file, ImportOptions options, int maxRows) {
            return new ImportPreview(TestData.customers(), dev.archetype.core.io.FileFormat.CSV, java.util.List.of(), null, 0,
                    ',', java.nio.charset.StandardCharsets.UTF_8, java.util.List.of());
        }

        @Override
        public Dataset read(Path file, ImportOptions options, ProgressListener progress, Cancellation cancel)
                throws ImportException {
            progress.progress(0.5, "row 500,000");
            while (!cancel.isCancelled()) Thread.onSpinWait();
            workerSawCancel.set(true);
            throw new ImportException(file, "cancelled");
        }
    };

    @Start
    void start(Stage stage) {
        app = ArchetypeApp.build(stage, new AppPreferences(node), slow);
        app.window().show(stage, app.preferences());
    }

    @AfterEach
    void removePreferences() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void cancelInTheStatusBarStopsTheImportAndKeepsTheWindowUsable(FxRobot robot) throws Exception {
        robot.interact(() -> app.main().open(Path.of("huge.csv").toAbsolutePath()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#status-cancel").queryButton().isVisible()
                && robot.lookup("#status-progress").queryAs(ProgressBar.class).getProgress() == 0.5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-job").queryLabeled().getText()).isEqualTo("Importing huge.csv — row 500,000");
        assertThat(robot.lookup("#empty-headline").queryLabeled().getText()).isEqualTo("Importing huge.csv…");

        robot.clickOn("#status-cancel");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, workerSawCancel::get);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#status-cancel").queryButton().isVisible()).isFalse();
        assertThat(app.main().getDataset()).isNull();
        assertThat(robot.lookup("#empty-headline").queryLabeled().getText()).isEqualTo("Open a file to begin");
        assertThat(robot.lookup(".dialog-message").tryQuery()).isEmpty();
    }
}
