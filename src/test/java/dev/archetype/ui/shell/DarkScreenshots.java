package dev.archetype.ui.shell;

import static dev.archetype.ui.ScreenshotSteps.onFx;
import static dev.archetype.ui.ScreenshotSteps.save;
import static dev.archetype.ui.ScreenshotSteps.waitFor;
import dev.archetype.ui.workbench.Harness;
import dev.archetype.ui.workbench.WorkbenchViewModel;
import javafx.application.Platform;
import javafx.scene.control.Tab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders the window in the dark theme with the wholesale sample clustered (data table, Compare k,
 * profile grid), for checking contrast and for the docs. Not a test: run it under a display, e.g.
 * {@code xvfb-run -a -s "-screen 0 1440x900x24" java -cp target/classes:target/test-classes:<deps> dev.archetype.ui.shell.DarkScreenshots docs/screenshots}.
 */
public final class DarkScreenshots {
    private DarkScreenshots() { }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Harness h = Harness.launchForScreenshots();
        onFx(() -> { h.services.theme().darkProperty().set(true); return null; });
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
        onFx(() -> { vm.compareK(); return null; });
        waitFor(() -> vm.sweepProperty().get() != null && !vm.busyProperty().get());
        onFx(() -> { vm.selectK(4); return null; });
        waitFor(() -> vm.selectedKProperty().get() == 4 && !vm.busyProperty().get());
        onFx(() -> { h.table.getSelectionModel().select(2); return null; });
        shoot(h, h.window.dataTab(), out.resolve("dark.png"));
        shoot(h, h.workbench.profileTab(), out.resolve("dark-profiles.png"));
        shoot(h, h.workbench.compareTab(), out.resolve("dark-compare-k.png"));
        shoot(h, h.workbench.scatterTab(), out.resolve("dark-scatter.png"));
        onFx(() -> { h.dispose(); Platform.exit(); return null; });
        System.exit(0);
    }

    private static void shoot(Harness h, Tab tab, Path file) throws Exception {
        onFx(() -> { h.window.tabPane().getSelectionModel().select(tab); return null; });
        Thread.sleep(700); // let layout, CSS and chart animations settle before the snapshot
        save(h.window.root().getScene(), file);
    }


}
