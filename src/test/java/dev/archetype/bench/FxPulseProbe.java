package dev.archetype.bench;

import dev.archetype.ui.workbench.Harness;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import static dev.archetype.ui.ScreenshotSteps.onFx;
import static dev.archetype.ui.ScreenshotSteps.waitFor;

/**
 * How responsive the window stays while a big file loads: opens FILE in the real window and records, with an
 * animation timer on the FX thread, the longest gap between two pulses (a frozen window shows as a long gap) and
 * the time until the table holds the data. Not a test: run under a display, e.g.
 * {@code xvfb-run -a -s "-screen 0 1440x900x24" java -cp ... dev.archetype.bench.FxPulseProbe /tmp/customers_1m.csv}.
 */
public final class FxPulseProbe {
    private FxPulseProbe() { }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        Harness h = Harness.launchForScreenshots();
        AtomicLong last = new AtomicLong();
        AtomicLong longest = new AtomicLong();
        AtomicLong pulses = new AtomicLong();
        AnimationTimer timer = new AnimationTimer() {
            @Override public void handle(long now) {
                long before = last.getAndSet(now);
                if (before != 0) longest.accumulateAndGet(now - before, Math::max);
                pulses.incrementAndGet();
            }
        };
        onFx(() -> { timer.start(); return null; });
        Thread.sleep(1000);
        longest.set(0);
        long t0 = System.nanoTime();
        onFx(() -> { h.main.open(file); return null; });
        waitFor(() -> h.main.getDataset() != null);
        long loaded = System.nanoTime() - t0;
        Thread.sleep(500);
        System.out.printf("%s: in the table after %.2f s; longest FX-thread stall %.0f ms over %d pulses%n",
                file.getFileName(), loaded / 1e9, longest.get() / 1e6, pulses.get());
        onFx(() -> { timer.stop(); h.dispose(); Platform.exit(); return null; });
        System.exit(0);
    }
}
