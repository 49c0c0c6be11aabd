package dev.archetype.ui.workbench;

import dev.archetype.app.ArchetypeApp;
import dev.archetype.ui.data.DataTableView;
import dev.archetype.ui.importer.ImportService;
import dev.archetype.ui.shell.AppPreferences;
import dev.archetype.ui.shell.MainViewModel;
import dev.archetype.ui.shell.MainWindow;
import dev.archetype.ui.workbench.tabs.Workbench;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The window exactly as the app composes it (real importer), with throwaway preferences. */
public final class Harness {
    public final ArchetypeApp.Services services;
    public final MainViewModel main;
    public final MainWindow window;
    public final Workbench workbench;
    public final DataTableView table;
    private final Preferences prefs;

    public Harness(Stage stage) {
        prefs = Preferences.userRoot().node("dev/archetype/test/workbench-" + System.nanoTime());
        services = ArchetypeApp.build(stage, new AppPreferences(prefs), ImportService.CORE);
        main = services.main();
        window = services.window();
        workbench = services.workbench();
        Node content = window.dataTab().getContent();
        table = (DataTableView) content.lookup("#data-table");
    }

    public void show(Stage stage, double width, double height) {
        Scene scene = new Scene(window.root(), width, height);
        var css = MainWindow.class.getResource("/dev/archetype/ui/archetype.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    public void dispose() {
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException ignored) {
            // the test node is throwaway
        }
    }

    /** The bundled wholesale sample in the source tree. */
    public static Path wholesale() {
        return Path.of("src", "main", "resources", "dev", "archetype", "samples", "wholesale_customers.csv").toAbsolutePath();
    }

    /** For the screenshot mains: starts JavaFX and shows the composed window, 1440 × 900 at the screen's corner. */
    public static Harness launchForScreenshots() throws Exception {
        javafx.application.Platform.startup(() -> { });
        return dev.archetype.ui.ScreenshotSteps.onFx(() -> {
            Stage stage = new Stage();
            Harness harness = new Harness(stage);
            harness.show(stage, 1440, 900);
            stage.setX(0);
            stage.setY(0);
            return harness;
        });
    }
}
