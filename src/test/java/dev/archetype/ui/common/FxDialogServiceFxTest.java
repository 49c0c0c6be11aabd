package dev.archetype.ui.common;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class FxDialogServiceFxTest {
    private FxDialogService dialogs;
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        dialogs = new FxDialogService(() -> stage);
        stage.setScene(new Scene(new StackPane(), 600, 400));
        stage.show();
    }

    @AfterEach
    void closeDialogs() {
        Platform.runLater(() -> Window.getWindows().stream().filter(w -> w != owner && w instanceof Stage)
                .toList().forEach(w -> ((Stage) w).close()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLongWarningWrapsWithinTheScreen(FxRobot robot) throws Exception {
        String longLine = "28 rows have fewer fields than the header (6) and were padded with missing values: lines "
                + "8, 15, 22, 29, 36, 43, 50, 57, 64, 71, ".repeat(40) + "…";
        Label text = show(robot, "• " + longLine + "\n• Column 'Year': 3 cells that are not numbers");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Window dialog = text.getScene().getWindow();
        assertThat(dialog.getWidth()).isLessThanOrEqualTo(screen.getWidth());
        assertThat(text.getWidth()).isLessThanOrEqualTo(MessageBody.READING_WIDTH);
        assertThat(text.getHeight()).as("wrapped onto several lines").isGreaterThan(4 * text.getFont().getSize());
        assertThat(((javafx.scene.paint.Color) text.getTextFill()).getBrightness()).as("dark text on the light dialog")
                .isLessThan(0.5);
    }

    @Test
    void manyWarningsScrollInsteadOfGrowingPastTheScreen(FxRobot robot) throws Exception {
        String many = String.join("\n", java.util.Collections.nCopies(300, "• Column 'Spend': 1 cell that is not a number"));
        Label text = show(robot, many);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Window dialog = text.getScene().getWindow();
        assertThat(dialog.getHeight()).isLessThanOrEqualTo(screen.getHeight());
        ScrollPane scroll = (ScrollPane) robot.lookup(".dialog-message-scroll").queryAs(Node.class);
        assertThat(scroll.getHeight()).isLessThan(text.getHeight());
        assertThat(text.getText().lines()).hasSize(300);
    }

    private Label show(FxRobot robot, String message) throws Exception {
        Platform.runLater(() -> dialogs.showInformation("Import warnings", message));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-message").tryQuery().isPresent()
                && robot.lookup(".dialog-message").queryAs(Label.class).getHeight() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-message").queryAs(Label.class);
    }
}
