package dev.archetype.ui.workbench;

import static dev.archetype.ui.ScreenshotSteps.onFx;
import static dev.archetype.ui.ScreenshotSteps.save;
import static dev.archetype.ui.ScreenshotSteps.waitFor;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the wine walkthrough to PNG for the docs: the import dialog's Transactions section on WineKMC.xlsx
 * and the profile grid with its Attributes section at k = 4 (the defaults: Euclidean, seed 0). Not a test: run under
 * a display, e.g. {@code xvfb-run -a -s "-screen 0 1440x900x24" java -cp ... dev.archetype.ui.workbench.OrderLineScreenshots
 * docs/screenshots ../shared/data/WineKMC.xlsx}.
 */
public final class OrderLineScreenshots {
    private OrderLineScreenshots() { }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path wine = Files.createTempDirectory("orders").resolve("office-orders.csv");
        dev.archetype.core.transactions.OrderLines.write(wine, 800, 7);
        Harness h = Harness.launchForScreenshots();
        WorkbenchViewModel vm = h.workbench.viewModel();
        onFx(() -> { h.main.openWithOptions(wine); return null; });
        waitFor(() -> {
            Scene s = dialogScene();
            if (s == null || s.lookup("#transactions-section") == null) return false;
            ComboBox<?> attributes = (ComboBox<?>) s.lookup("#transactions-attributes");
            return s.lookup("#transactions-section").isVisible() && "Product Category".equals(attributes.getValue())
                    && !s.lookup("#import-button").isDisabled();
        });
        Thread.sleep(800);
        save(onFx(OrderLineScreenshots::dialogScene), out.resolve("orders-import.png"));
        onFx(() -> { ((Button) dialogScene().lookup("#import-button")).fire(); return null; });
        Thread.sleep(6000);
        if (System.getProperty("debug.shots") != null) {
            int i = 0;
            for (Window w : onFx(() -> java.util.List.copyOf(Window.getWindows()))) save(w.getScene(), Path.of("/tmp/dbg-" + (i++) + ".png"));
        }
        waitFor(() -> h.main.getDataset() != null);
        Thread.sleep(1500);
        onFx(() -> {
            vm.setup().kProperty().set(4);
            vm.cluster();
            return null;
        });
        waitFor(() -> vm.currentProperty().get() != null && !vm.busyProperty().get());
        onFx(() -> { h.window.tabPane().getSelectionModel().select(h.workbench.profileTab()); return null; });
        Thread.sleep(800);
        save(h.window.root().getScene(), out.resolve("orders-profiles.png"));
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
