package dev.archetype.ui.workbench;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import static dev.archetype.ui.ScreenshotSteps.onFx;
import static dev.archetype.ui.ScreenshotSteps.save;
import static dev.archetype.ui.ScreenshotSteps.waitFor;

/**
 * The steps the walkthrough screenshots share: photograph the import dialog once it is ready, import, cluster
 * with k, photograph the profile grid, and close.
 */
final class ImportThenProfiles {
    private ImportThenProfiles() { }

    /** The import dialog's scene, or null; call on the FX thread. */
    static Scene dialogScene() {
        for (Window w : Window.getWindows()) {
            Node pane = w.getScene() == null ? null : w.getScene().lookup("#import-dialog");
            if (pane != null && w.isShowing()) return w.getScene();
        }
        return null;
    }

    /**
     * Saves the ready dialog as {@code dialogPng}, imports, waits for {@code imported}, clusters with {@code k},
     * saves the profile grid as {@code profilesPng} and exits the process.
     */
    static void run(Harness h, Path dialogPng, Callable<Boolean> imported, int k, Path profilesPng) throws Exception {
        WorkbenchViewModel vm = h.workbench.viewModel();
        Thread.sleep(800);
        save(onFx(ImportThenProfiles::dialogScene), dialogPng);
        onFx(() -> { ((Button) dialogScene().lookup("#import-button")).fire(); return null; });
        waitFor(imported);
        onFx(() -> {
            vm.setup().kProperty().set(k);
            vm.cluster();
            return null;
        });
        waitFor(() -> vm.currentProperty().get() != null && !vm.busyProperty().get());
        onFx(() -> { h.window.tabPane().getSelectionModel().select(h.workbench.profileTab()); return null; });
        Thread.sleep(800);
        save(h.window.root().getScene(), profilesPng);
        onFx(() -> { h.dispose(); Platform.exit(); return null; });
        System.exit(0);
    }
}
