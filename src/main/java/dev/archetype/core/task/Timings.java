package dev.archetype.core.task;

import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a command's time goes, per phase (read, type inference, prepare, seeding, Lloyd, refinement, metrics,
 * profile, export): wall and process CPU seconds, for {@code --timings}. Off unless {@link #begin()} was called, and
 * then a span costs two clock reads. A span's time excludes the spans opened inside it on the same thread, so the
 * phases add up to the total. CPU is the whole process's, so a phase that runs on several cores shows more CPU
 * than wall time.
 */
public final class Timings {
    private static volatile Timings active;
    private static final ThreadLocal<Deque<Span>> OPEN = ThreadLocal.withInitial(ArrayDeque::new);

    private final Map<String, long[]> phases = new LinkedHashMap<>();
    private final long wall0 = System.nanoTime();
    private final long cpu0 = processCpu();

    private Timings() { }

    /** Starts recording for this process (the CLI calls it for {@code --timings}). */
    public static Timings begin() {
        Timings t = new Timings();
        active = t;
        return t;
    }

    /** Stops recording; returns what was recorded, or null when nothing was. */
    public static Timings end() {
        Timings t = active;
        active = null;
        return t;
    }

    /** Opens a span of {@code phase}; close it (try-with-resources) when the phase ends. */
    public static Span span(String phase) {
        return open(phase, false);
    }

    /**
     * A span that keeps the phases run inside it as its own (stability re-clusters, but its k-means is stability's
     * cost, not the main clustering's Lloyd time).
     */
    public static Span whole(String phase) {
        return open(phase, true);
    }

    /**
     * Marks this thread's work, until closed, as part of a {@link #whole} span open on this or another thread (a
     * task of stability, on whichever thread runs it): nothing run inside it is recorded on its own.
     */
    public static Span absorbed() {
        if (active == null) return Span.NONE;
        Span s = new Span(null, null, 0, 0, true);
        OPEN.get().push(s);
        return s;
    }

    private static Span open(String phase, boolean absorbing) {
        Timings t = active;
        if (t == null) return Span.NONE;
        Deque<Span> open = OPEN.get();
        if (!open.isEmpty() && open.peek().absorbing) return Span.NONE;
        Span s = new Span(t, phase, System.nanoTime(), processCpu(), absorbing);
        open.push(s);
        return s;
    }

    /** One phase's running time; {@link #close()} records it. */
    public static final class Span implements AutoCloseable {
        static final Span NONE = new Span(null, null, 0, 0, false);
        private final Timings owner;
        private final String phase;
        private final long wall;
        private final long cpu;
        private final boolean absorbing;
        private long childWall;
        private long childCpu;

        private Span(Timings owner, String phase, long wall, long cpu, boolean absorbing) {
            this.owner = owner;
            this.phase = phase;
            this.wall = wall;
            this.cpu = cpu;
            this.absorbing = absorbing;
        }

        @Override
        public void close() {
            if (owner == null) {
                if (absorbing) OPEN.get().remove(this);
                return;
            }
            long w = System.nanoTime() - wall;
            long c = processCpu() - cpu;
            Deque<Span> open = OPEN.get();
            open.remove(this);
            Span parent = open.peek();
            if (parent != null) {
                parent.childWall += w;
                parent.childCpu += c;
            }
            owner.add(phase, w - childWall, c - childCpu);
        }
    }

    private synchronized void add(String phase, long wallNanos, long cpuNanos) {
        long[] t = phases.computeIfAbsent(phase, p -> new long[3]);
        t[0] += wallNanos;
        t[1] += cpuNanos;
        t[2]++;
    }

    /** Wall seconds recorded for a phase (0 when it never ran). */
    public synchronized double wallSeconds(String phase) {
        long[] t = phases.get(phase);
        return t == null ? 0 : t[0] / 1e9;
    }

    /** How many spans of a phase were recorded (0 when it never ran). */
    public synchronized long count(String phase) {
        long[] t = phases.get(phase);
        return t == null ? 0 : t[2];
    }

    /** The phases in the order they first ran. */
    public synchronized List<String> phases() {
        return List.copyOf(phases.keySet());
    }

    /** The table for stderr: one line per phase, then what the phases do not cover, then the total. */
    public synchronized List<String> lines() {
        long wallTotal = System.nanoTime() - wall0;
        long cpuTotal = processCpu() - cpu0;
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%-18s %9s %9s %7s", "phase", "wall s", "CPU s", "spans"));
        long w = 0, c = 0;
        for (var e : phases.entrySet()) {
            long[] t = e.getValue();
            w += t[0];
            c += t[1];
            out.add(String.format(Locale.ROOT, "%-18s %9.3f %9.3f %7d", e.getKey(), t[0] / 1e9, t[1] / 1e9, t[2]));
        }
        out.add(String.format(Locale.ROOT, "%-18s %9.3f %9.3f", "other", Math.max(0, wallTotal - w) / 1e9, Math.max(0, cpuTotal - c) / 1e9));
        out.add(String.format(Locale.ROOT, "%-18s %9.3f %9.3f", "total", wallTotal / 1e9, cpuTotal / 1e9));
        return out;
    }

    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
