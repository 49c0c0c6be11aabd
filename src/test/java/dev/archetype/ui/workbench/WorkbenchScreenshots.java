package dev.archetype.ui.workbench;

import static dev.archetype.ui.ScreenshotSteps.onFx;
import static dev.archetype.ui.ScreenshotSteps.save;
import static dev.archetype.ui.ScreenshotSteps.waitFor;
import javafx.application.Platform;
import javafx.scene.control.Tab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders the workbench screens with real data (the bundled wholesale sample) to PNG files, for the docs.
 * Not a test: run it under a display, e.g.
 * {@code xvfb-run -a -s "-screen 0 1440x900x24" java -cp target/classes:target/test-classes:target/libs/* dev.archetype.ui.workbench.WorkbenchScreenshots docs/screenshots}.
 */
public final class WorkbenchScreenshots {
    private WorkbenchScreenshots() { }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Harness h = Harness.launchForScreenshots();
        WorkbenchViewModel vm = h.workbench.viewModel();
        onFx(() -> { h.main.open(Harness.wholesale()); return null; });
        waitFor(() -> h.main.getDataset() != null);
        onFx(() -> {
            vm.setup().selectNone();
            for (var f : vm.setup().features()) {
                if (List.of("Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen").contains(f.name())) f.setSelected(true);
            }
            return null;
        });
        shoot(h, h.window.dataTab(), out.resolve("setup.png"));
        onFx(() -> { vm.compareK(); return null; });
        waitFor(() -> vm.sweepProperty().get() != null && !vm.busyProperty().get());
        onFx(() -> { vm.selectK(4); return null; });
        waitFor(() -> vm.selectedKProperty().get() == 4 && !vm.busyProperty().get());
        shoot(h, h.workbench.compareTab(), out.resolve("compare-k.png"));
        shoot(h, h.workbench.profileTab(), out.resolve("profiles.png"));
        shoot(h, h.workbench.scatterTab(), out.resolve("scatter.png"));
        onFx(() -> { vm.showCluster(1); return null; });
        shoot(h, h.window.dataTab(), out.resolve("data-filtered.png"));
        onFx(() -> { h.dispose(); Platform.exit(); return null; });
        System.exit(0);
    }

    private static void shoot(Harness h, Tab tab, Path file) throws Exception {
        onFx(() -> { h.window.tabPane().getSelectionModel().select(tab); return null; });
        Thread.sleep(700); // let layout, CSS and chart animations settle before the snapshot
        save(h.window.root().getScene(), file);
    }


}
