package dev.archetype.ui.workbench;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.archetype.ui.ScreenshotSteps.onFx;
import static dev.archetype.ui.ScreenshotSteps.save;
import static dev.archetype.ui.ScreenshotSteps.waitFor;

/**
 * Renders RFM in the window to PNG for the docs: the import dialog offering RFM on the online-retail invoice lines
 * with the cleaning report, and the profile grid of k = 4 RFM archetypes. Not a test: run under a display, e.g.
 * {@code xvfb-run -a -s "-screen 0 1440x900x24" java -cp ... dev.archetype.ui.workbench.RfmScreenshots docs/screenshots
 * ../shared/data/online_retail_partial_dec2010.csv}.
 */
public final class RfmScreenshots {
    private RfmScreenshots() { }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Path retail = Path.of(args.length > 1 ? args[1] : "../shared/data/online_retail_partial_dec2010.csv").toAbsolutePath().normalize();
        Files.createDirectories(out);
        Harness h = Harness.launchForScreenshots();
        WorkbenchViewModel vm = h.workbench.viewModel();
        onFx(() -> { h.main.openWithOptions(retail); return null; });
        waitFor(() -> dialogScene() != null && dialogScene().lookup("#rfm-section") != null && dialogScene().lookup("#rfm-section").isVisible());
        onFx(() -> { ((CheckBox) dialogScene().lookup("#rfm-choice")).setSelected(true); return null; });
        waitFor(() -> {
            Scene s = dialogScene();
            return !((javafx.scene.layout.VBox) s.lookup("#rfm-report")).getChildren().isEmpty() && !s.lookup("#import-button").isDisabled();
        });
        Thread.sleep(800);
        save(onFx(RfmScreenshots::dialogScene), out.resolve("rfm-import.png"));
        onFx(() -> { ((Button) dialogScene().lookup("#import-button")).fire(); return null; });
        waitFor(() -> h.main.getDataset() != null && h.main.rfmProperty().get() != null);
        onFx(() -> {
            vm.setup().kProperty().set(4);
            vm.cluster();
            return null;
        });
        waitFor(() -> vm.currentProperty().get() != null && !vm.busyProperty().get());
        onFx(() -> { h.window.tabPane().getSelectionModel().select(h.workbench.profileTab()); return null; });
        Thread.sleep(800);
        save(h.window.root().getScene(), out.resolve("rfm-profiles.png"));
        onFx(() -> { h.dispose(); Platform.exit(); return null; });
        System.exit(0);
    }

    /** The import dialog's scene, or null; call on the FX thread. */
    private static Scene dialogScene() {
        for (Window w : Window.getWindows()) {
            Node pane = w.getScene() == null ? null : w.getScene().lookup("#import-dialog");
            if (pane != null && w.isShowing()) return w.getScene();
        }
        return null;
    }
}
