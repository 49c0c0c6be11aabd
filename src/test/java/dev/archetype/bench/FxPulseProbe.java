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
 * {@code xvfb-run -a -s "-screen 0 1440x900x24" java -cp ... dev.archetype.bench.FxPulseProbe /tmp/customers_1m.csv [first.csv]}
 * (with a first file, that one is opened before, as the window opens its bundled sample before the user's file).
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
        // With a second file: it is opened first, as the window opens the bundled sample, and the big one after it.
        if (args.length > 1) {
            Path first = Path.of(args[1]).toAbsolutePath();
            onFx(() -> { h.main.open(first); return null; });
            waitFor(() -> h.main.getDataset() != null);
            Thread.sleep(1500);
        }
        Thread.sleep(1000);
        // With -Dprobe.stacks=true: where the FX thread is whenever no pulse came for 50 ms, to find what stalls it.
        java.util.Map<String, Integer> stalls = new java.util.TreeMap<>();
        java.util.Map<Long, java.util.List<String>> stallLog = new java.util.TreeMap<>();
        AtomicLong t0Ref = new AtomicLong(System.nanoTime());
        if (Boolean.getBoolean("probe.stacks")) {
            Thread fx = onFx(Thread::currentThread);
            Thread watch = new Thread(() -> {
                java.util.List<String> current = new java.util.ArrayList<>();
                long stallStart = 0;
                long cpuStart = 0;
                var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                while (true) {
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                    long since = System.nanoTime() - last.get();
                    if (since < 20_000_000L) {
                        if (!current.isEmpty()) {
                            synchronized (stalls) {
                                stalls.put(String.format("%05d ms stall from +%d ms, FX thread on CPU %d ms",
                                        (System.nanoTime() - stallStart) / 1_000_000, (stallStart - t0Ref.get()) / 1_000_000,
                                        (threads.getThreadCpuTime(fx.getId()) - cpuStart) / 1_000_000), 0);
                                stallLog.put(stallStart, new java.util.ArrayList<>(current));
                            }
                            current.clear();
                        }
                        continue;
                    }
                    if (current.isEmpty()) {
                        stallStart = last.get();
                        cpuStart = threads.getThreadCpuTime(fx.getId());
                    }
                    StringBuilder sb = new StringBuilder();
                    StackTraceElement[] st = fx.getStackTrace();
                    for (int i = 0; i < Math.min(Integer.getInteger("probe.depth", 1), st.length); i++) {
                        sb.append(i == 0 ? "" : " | ").append(st[i]);
                    }
                    int shown = 0;
                    for (StackTraceElement e : st) {
                        if (e.getClassName().startsWith("dev.archetype") && shown++ < 3) sb.append(" < ").append(e);
                    }
                    current.add(String.format("+%d ms %s", (System.nanoTime() - stallStart) / 1_000_000, sb));
                }
            }, "stall-watch");
            watch.setDaemon(true);
            watch.start();
        }
        longest.set(0);
        var before = h.main.getDataset();
        long t0 = System.nanoTime();
        t0Ref.set(t0);
        onFx(() -> { h.main.open(file); return null; });
        waitFor(() -> h.main.getDataset() != null && h.main.getDataset() != before);
        long loaded = System.nanoTime() - t0;
        Thread.sleep(500);
        System.out.printf("%s: in the table after %.2f s; longest FX-thread stall %.0f ms over %d pulses%n",
                file.getFileName(), loaded / 1e9, longest.get() / 1e6, pulses.get());
        synchronized (stalls) {
            stalls.keySet().forEach(System.out::println);
            stallLog.values().stream().max(java.util.Comparator.comparingInt(java.util.List::size))
                    .ifPresent(l -> l.forEach(System.out::println));
        }
        onFx(() -> { timer.stop(); h.dispose(); Platform.exit(); return null; });
        System.exit(0);
    }
}
