package dev.archetype.ui;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Steps shared by the screenshot mains (docs/screenshots): run on the FX thread, wait, save a scene as PNG. */
public final class ScreenshotSteps {
    private ScreenshotSteps() { }

    /** Runs {@code work} on the FX thread and returns its result (two minutes at most). */
    public static <T> T onFx(Callable<T> work) throws Exception {
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

    /** Polls {@code condition} on the FX thread until it holds (two minutes at most). */
    public static void waitFor(Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!onFx(condition)) {
            if (System.nanoTime() > end) throw new IllegalStateException("timed out");
            Thread.sleep(100);
        }
    }

    /** Writes a snapshot of {@code scene} to {@code file} as PNG. */
    public static void save(Scene scene, Path file) throws Exception {
        WritableImage image = onFx(() -> scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(file.toString()));
        System.out.println("wrote " + file);
    }
}
