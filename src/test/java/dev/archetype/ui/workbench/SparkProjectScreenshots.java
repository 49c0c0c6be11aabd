package dev.archetype.ui.workbench;

import static dev.archetype.ui.ScreenshotSteps.onFx;
import static dev.archetype.ui.ScreenshotSteps.save;
import static dev.archetype.ui.ScreenshotSteps.waitFor;
import javafx.application.Platform;
import javafx.scene.control.Tab;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a project made by {@code archetype-spark cluster --save-project} as the window opens it, for the docs.
 * Not a test: {@code xvfb-run -a java -cp … dev.archetype.ui.workbench.SparkProjectScreenshots docs/screenshots P.archetype}.
 */
public final class SparkProjectScreenshots {
    private SparkProjectScreenshots() { }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path project = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(out);
        Harness h = Harness.launchForScreenshots();
        WorkbenchViewModel vm = h.workbench.viewModel();
        onFx(() -> { h.services.projects().open(project); return null; });
        waitFor(() -> vm.currentProperty().get() != null && !vm.busyProperty().get());
        shoot(h, h.workbench.profileTab(), out.resolve("spark-profiles.png"));
        shoot(h, h.workbench.scatterTab(), out.resolve("spark-scatter.png"));
        onFx(() -> { h.dispose(); Platform.exit(); return null; });
        System.exit(0);
    }

    private static void shoot(Harness h, Tab tab, Path file) throws Exception {
        onFx(() -> { h.window.tabPane().getSelectionModel().select(tab); return null; });
        Thread.sleep(700);
        save(h.window.root().getScene(), file);
    }
}
