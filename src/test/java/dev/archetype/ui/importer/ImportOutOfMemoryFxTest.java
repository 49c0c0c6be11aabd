package dev.archetype.ui.importer;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.failure.Failures;
import dev.archetype.ui.common.ErrorBoundary;
import dev.archetype.ui.common.FxBackgroundRunner;
import dev.archetype.ui.common.RecordingDialogService;
import dev.archetype.ui.data.TestData;
import dev.archetype.ui.shell.DatasetOpener.Mode;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The window survives running out of memory, and any uncaught failure on the FX thread, with one dialog line. */
@ExtendWith(ApplicationExtension.class)
class ImportOutOfMemoryFxTest {
    @TempDir Path logs;
    private String logDirBefore;
    private final Path file = Path.of("customers.csv");
    private final FakeImportService service = new FakeImportService(TestData.customers());
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Dataset> opened = new CopyOnWriteArrayList<>();
    private FxBackgroundRunner runner;
    private Thread.UncaughtExceptionHandler handlerBefore;

    @Start
    void start(Stage stage) {
        runner = new FxBackgroundRunner();
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @BeforeEach
    void logToTemp() {
        logDirBefore = System.getProperty(Failures.LOG_DIR_PROPERTY);
        System.setProperty(Failures.LOG_DIR_PROPERTY, logs.toString());
        handlerBefore = Thread.getDefaultUncaughtExceptionHandler();
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(handlerBefore);
        if (logDirBefore == null) System.clearProperty(Failures.LOG_DIR_PROPERTY);
        else System.setProperty(Failures.LOG_DIR_PROPERTY, logDirBefore);
    }

    @Test
    void runningOutOfMemoryDuringAnImportShowsTheDialogAndTheWindowGoesOn(FxRobot robot) throws Exception {
        ImportCoordinator importer = new ImportCoordinator(service, runner, dialogs,
                (f, options, preview, error) -> Optional.empty());
        service.readError = new OutOfMemoryError("Java heap space");
        robot.interact(() -> importer.open(file, Mode.QUICK, opened::add));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().asString().startsWith("customers.csv: not enough memory")
                .doesNotContain("Error").doesNotContain("\tat ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.activeJobProperty().get()).as("no job left hanging").isNull();

        service.readError = null;
        robot.interact(() -> importer.open(file, Mode.QUICK, opened::add));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertThat(opened).singleElement().extracting(Dataset::rowCount).isEqualTo(5);
    }

    @Test
    void anExceptionOnTheFxThreadShowsOneLineAndTheThreadKeepsRunning(FxRobot robot) throws Exception {
        robot.interact(() -> Thread.setDefaultUncaughtExceptionHandler(new ErrorBoundary(dialogs, Platform::runLater,
                Failures::explain, System::currentTimeMillis)));
        Platform.runLater(() -> { throw new IllegalStateException("layout went wrong"); });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("internal error (illegal state exception)")
                .endsWith("details in " + logs.resolve("archetype.log"));
        boolean[] alive = new boolean[1];
        robot.interact(() -> alive[0] = true);
        assertThat(alive[0]).isTrue();
    }
}
