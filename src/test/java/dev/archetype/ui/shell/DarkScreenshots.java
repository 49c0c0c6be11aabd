package dev.archetype.ui.shell;

import dev.archetype.ui.workbench.Harness;
import dev.archetype.ui.workbench.WorkbenchViewModel;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Tab;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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
        Platform.startup(() -> { });
        Harness h = onFx(() -> {
            Stage stage = new Stage();
            Harness harness = new Harness(stage);
            harness.show(stage, 1440, 900);
            harness.services.theme().darkProperty().set(true);
            return harness;
        });
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
        WritableImage image = onFx(() -> h.window.root().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(file.toString()));
        System.out.println("wrote " + file);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!onFx(condition)) {
            if (System.nanoTime() > end) throw new IllegalStateException("timed out");
            Thread.sleep(100);
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }
}
