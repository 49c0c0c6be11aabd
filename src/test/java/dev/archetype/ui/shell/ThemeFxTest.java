package dev.archetype.ui.shell;

import dev.archetype.app.ArchetypeApp;
import dev.archetype.ui.importer.ImportService;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** View ▸ Dark theme switches the stylesheet, really darkens the window, and is remembered. */
@ExtendWith(ApplicationExtension.class)
class ThemeFxTest {
    private Preferences prefs;
    private ArchetypeApp.Services services;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("dev/archetype/test/theme-" + System.nanoTime());
        services = ArchetypeApp.build(stage, new AppPreferences(prefs), ImportService.CORE);
        Scene scene = new Scene(services.window().root(), 1000, 700);
        scene.getStylesheets().add(MainWindow.class.getResource("/dev/archetype/ui/archetype.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() throws BackingStoreException {
        prefs.removeNode();
    }

    private CheckMenuItem darkItem(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return (CheckMenuItem) bar.getMenus().stream().filter(m -> "view-menu".equals(m.getId())).findFirst().orElseThrow()
                .getItems().stream().filter(i -> "dark-theme-item".equals(i.getId())).findFirst().orElseThrow();
    }

    private double emptyStateBrightness(FxRobot robot) {
        Region empty = robot.lookup("#empty-state").queryAs(Region.class);
        robot.interact(() -> services.window().root().applyCss());
        return ((Color) empty.getBackground().getFills().get(0).getFill()).getBrightness();
    }

    private static void toggle(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void toggleSwitchesTheStylesheetAndIsRemembered(FxRobot robot) {
        String dark = services.theme().darkStylesheet();
        assertThat(dark).isNotNull().endsWith("dark.css");
        assertThat(services.window().root().getStylesheets()).doesNotContain(dark);
        assertThat(emptyStateBrightness(robot)).isGreaterThan(0.9);

        CheckMenuItem item = darkItem(robot);
        assertThat(item.isSelected()).isFalse();
        toggle(robot); // View ▸ Dark theme's accelerator
        assertThat(item.isSelected()).isTrue();
        assertThat(services.window().root().getScene().getRoot().getStylesheets()).contains(dark);
        assertThat(emptyStateBrightness(robot)).isLessThan(0.25); // wins over archetype.css on the scene
        assertThat(new AppPreferences(prefs).darkTheme()).isTrue();

        toggle(robot); // View ▸ Dark theme's accelerator
        assertThat(services.window().root().getStylesheets()).doesNotContain(dark);
        assertThat(emptyStateBrightness(robot)).isGreaterThan(0.9);
        assertThat(new AppPreferences(prefs).darkTheme()).isFalse();
    }

    @Test
    void savedDarkThemeIsAppliedAtStart(FxRobot robot) {
        new AppPreferences(prefs).setDarkTheme(true);
        ArchetypeApp.Services[] again = new ArchetypeApp.Services[1];
        robot.interact(() -> again[0] = ArchetypeApp.build(new Stage(), new AppPreferences(prefs), ImportService.CORE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(again[0].window().root().getStylesheets()).contains(again[0].theme().darkStylesheet());
        assertThat(again[0].theme().darkProperty().get()).isTrue();
    }

    @Test
    void dialogsOpenedInDarkModeAreDarkToo(FxRobot robot) {
        toggle(robot);
        javafx.scene.control.Alert[] alert = new javafx.scene.control.Alert[1];
        robot.interact(() -> {
            alert[0] = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION, "Hello");
            alert[0].initOwner(services.window().root().getScene().getWindow());
            alert[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Parent dialogRoot = alert[0].getDialogPane().getScene().getRoot();
        assertThat(dialogRoot.getStylesheets()).contains(services.theme().darkStylesheet());
        robot.interact(() -> dialogRoot.applyCss());
        Color fill = (Color) alert[0].getDialogPane().getBackground().getFills().get(0).getFill();
        assertThat(fill.getBrightness()).isLessThan(0.3);
        robot.interact(() -> services.theme().darkProperty().set(false)); // off again: the open dialog follows
        assertThat(dialogRoot.getStylesheets()).doesNotContain(services.theme().darkStylesheet());
        robot.interact(alert[0]::close);
    }
}
