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
}
