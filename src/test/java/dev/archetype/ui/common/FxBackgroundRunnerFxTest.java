package dev.archetype.ui.common;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class FxBackgroundRunnerFxTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void aJobThatCannotGetAThreadFailsInsteadOfRunningForever(FxRobot robot) {
        ExecutorService refusing = Executors.newSingleThreadExecutor();
        refusing.shutdown();
        FxBackgroundRunner runner = new FxBackgroundRunner(refusing);
        List<Throwable> failures = new ArrayList<>();
        robot.interact(() -> runner.run("Importing big.csv", (progress, cancel) -> "never", done -> { }, failures::add));
        assertThat(failures).singleElement().isInstanceOf(RejectedExecutionException.class);
        assertThat(runner.activeJobProperty().get()).isNull();
    }

    @Test
    void runningOutOfMemoryInAJobIsOneLineAndTheNextJobRuns(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path logs)
            throws Exception {
        String logDir = System.getProperty(dev.archetype.core.failure.Failures.LOG_DIR_PROPERTY);
        System.setProperty(dev.archetype.core.failure.Failures.LOG_DIR_PROPERTY, logs.toString());
        try {
            FxBackgroundRunner runner = new FxBackgroundRunner();
            List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
            // A real OutOfMemoryError on the worker thread: an array larger than any heap, refused at once.
            robot.interact(() -> runner.run("Clustering", (progress, cancel) -> new long[Integer.MAX_VALUE - 8].length,
                    done -> lines.add("done"), error -> lines.add(FailureText.of("Clustering", error))));
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !lines.isEmpty());
            assertThat(lines).singleElement().asString().startsWith("Clustering: not enough memory: the data needs more than the ")
                    .contains("-Xmx").doesNotContain("\n").doesNotContain("Error");
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertThat(runner.activeJobProperty().get()).as("no job left running").isNull();

            robot.interact(() -> runner.run("Clustering", (progress, cancel) -> 42, done -> lines.add("done " + done), e -> lines.add("failed")));
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> lines.size() == 2);
            assertThat(lines.get(1)).isEqualTo("done 42");
        } finally {
            if (logDir == null) System.clearProperty(dev.archetype.core.failure.Failures.LOG_DIR_PROPERTY);
            else System.setProperty(dev.archetype.core.failure.Failures.LOG_DIR_PROPERTY, logDir);
        }
    }
}
