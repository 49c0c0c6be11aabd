package dev.archetype.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.time.Instant;

/**
 * Measures start-up for the "usable window in under 2.5 s" target: with
 * {@code -Darchetype.startupProbe=true} it prints the milliseconds from process start to the first
 * frame of the main window; with {@code =exit} it then also quits (for scripted runs). The environment
 * variable {@code ARCHETYPE_STARTUP_PROBE} does the same for the packaged launcher, which takes no JVM
 * options from the command line. It also prints when the opened file (the sample without an argument) is
 * on screen, with the longest gap between two pulses until then, and with {@code exit} quits only after that.
 * Off by default.
 */
final class StartupProbe {
    private static final String PROPERTY = "archetype.startupProbe";

    /** The longest time between two pulses from the first frame until the data is shown (the FX thread held). */
    private static final Gaps GAPS = new Gaps();

    private static final class Gaps extends AnimationTimer {
        private long last;
        long longestMs;

        @Override
        public void handle(long now) {
            if (last != 0) longestMs = Math.max(longestMs, (now - last) / 1_000_000);
            last = now;
        }
    }

    private StartupProbe() { }

    /** Call once from {@code start(Stage)}, before or after {@code stage.show()}. */
    static void watch(Stage stage, ObservableValue<?> data) {
        String mode = System.getProperty(PROPERTY, System.getenv().getOrDefault("ARCHETYPE_STARTUP_PROBE", ""));
        if (!mode.equals("true") && !mode.equals("exit")) return;
        long processStart = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElse(System.currentTimeMillis());
        long watched = System.currentTimeMillis() - processStart;
        Runnable afterShown = () -> new AnimationTimer() {
            // The first pulse after the window is shown comes once its first frame has been rendered.
            @Override
            public void handle(long now) {
                stop();
                GAPS.start();
                long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
                System.out.println("startup-probe: first frame " + (System.currentTimeMillis() - processStart)
                        + " ms after process start (" + cpu + " ms CPU, all threads; start(Stage) had built and shown it at "
                        + watched + " ms)");
                if (data.getValue() != null) dataShown(processStart, mode);
                else data.addListener((o, was, opened) -> { if (opened != null && was == null) dataShown(processStart, mode); });
            }
        }.start();
        if (stage.isShowing()) afterShown.run();
        else stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> afterShown.run());
    }

    private static void dataShown(long processStart, String mode) {
        new AnimationTimer() {
            private long previous;

            // Timers run at the start of a pulse, before its styling, layout and rendering, and the table and the
            // set-up panel fill in over the pulses after the data arrives: the data is shown, and the window usable,
            // once a pulse starts within 50 ms of the one before it (that one had nothing heavy left to do).
            @Override
            public void handle(long now) {
                boolean settled = previous != 0 && now - previous < 50_000_000L;
                previous = now;
                if (!settled) return;
                stop();
                GAPS.stop();
                System.out.println("startup-probe: data shown " + (System.currentTimeMillis() - processStart)
                        + " ms after process start; longest FX-thread gap since the first frame " + GAPS.longestMs + " ms");
                if (mode.equals("exit")) Platform.exit();
            }
        }.start();
    }
}
