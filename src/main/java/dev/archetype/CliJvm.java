package dev.archetype;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * A command on a large file runs in a JVM with the serial collector. The window wants G1 (short pauses while
 * it draws); a command wants the least memory, and on 1,000,000 rows × 12 the serial collector needs 55–70% of
 * G1's peak for no more CPU (peak resident memory of both JVMs together, {@code cluster --k 8 --restarts 10}
 * 888–990 → 530 MB, {@code inspect} 772–879 → 534–552 MB, {@code sweep --k 1..10} 920 → 652 MB; CPU time of
 * {@code inspect} 7.0–7.4 → 6.0–6.2 s, of {@code cluster} 40.8 → 36.5 s). A JVM cannot change its collector once
 * started, so when the collector is G1 by the
 * JVM's own choice and the files named add up to {@link #DEFAULT_FROM_BYTES} or more, the command is run again in
 * a child JVM with {@code -XX:+UseSerialGC} and the same options; the parent waits, passes Ctrl+C on and exits
 * with the child's code. Below that size the second start (about 0.4 s, 55 MB) would cost more than it saves.
 * A collector chosen by the user (e.g. {@code JAVA_TOOL_OPTIONS=-XX:+UseG1GC}), a Java agent (debugger,
 * profiler, coverage) or a JVM without its {@code java} command keeps the command in this JVM.
 */
final class CliJvm {
    /** Files of a command adding up to this many bytes (48 MiB, ~600,000 rows × 12 of CSV) run under the serial collector. */
    static final long DEFAULT_FROM_BYTES = 48L << 20;
    /** {@code inspect} of files smaller than this (256 MiB) runs with the quick compiler only (see childCommand). */
    static final long QUICK_COMPILER_BELOW = 256L << 20;
    /** Overrides {@link #DEFAULT_FROM_BYTES} (tests use small files). */
    static final String FROM_BYTES_PROPERTY = "archetype.serialGcFromBytes";
    private static final long CHILD_GRACE_SECONDS = 10;
    /**
     * Given to the child so k-means runs its vector kernel ({@code CentreDistances}: full scans 2.7–3.8× faster).
     * The JVM then announces the incubator module on its first line of stderr, which the parent drops.
     */
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    static final String INCUBATOR_WARNING = "WARNING: Using incubator modules: " + VECTOR_MODULE;

    private CliJvm() { }

    /** What the decision looks at, gathered from this JVM (a record so tests can give their own). */
    record Facts(boolean g1ByErgonomics, List<String> jvmOptions, Path javaCommand, String classPath, long fromBytes,
                 boolean vectorModule, boolean hugePagesOnRequest) {

        static Facts ofThisJvm() {
            boolean g1 = false;
            try {
                HotSpotDiagnosticMXBean hs = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
                VMOption opt = hs.getVMOption("UseG1GC");
                g1 = Boolean.parseBoolean(opt.getValue()) && opt.getOrigin() == VMOption.Origin.ERGONOMIC;
            } catch (RuntimeException | LinkageError e) {
                // not HotSpot, or no management: stay in this JVM
            }
            String exe = WINDOWS ? "java.exe" : "java";
            return new Facts(g1, ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    Path.of(System.getProperty("java.home"), "bin", exe), System.getProperty("java.class.path"), CliJvm.fromBytes(),
                    !"false".equalsIgnoreCase(System.getProperty("archetype.simd"))
                            && java.lang.module.ModuleFinder.ofSystem().find(VECTOR_MODULE).isPresent(),
                    hugePagesAsked());
        }

        /**
         * Whether Linux gives transparent huge pages to memory that asks for them ({@code madvise}, the common
         * setting). Only then is the JVM's flag worth giving: under {@code always} the heap has them anyway, and
         * under {@code never} the JVM would print a warning.
         */
        private static boolean hugePagesAsked() {
            try {
                Path mode = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
                return Files.isReadable(mode) && Files.readString(mode).contains("[madvise]");
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
    }

    /** {@link #DEFAULT_FROM_BYTES}, or the size the system property gives. */
    static long fromBytes() {
        try {
            return Long.parseLong(System.getProperty(FROM_BYTES_PROPERTY, Long.toString(DEFAULT_FROM_BYTES)));
        } catch (NumberFormatException e) {
            return DEFAULT_FROM_BYTES;
        }
    }

    /**
     * Whether the command's files are large enough to consider a child JVM: checked before anything of the JVM is
     * asked (the management interface takes a moment to start), so small commands start as fast as before.
     */
    static boolean largeInput(String[] args) {
        return args.length >= 2 && !args[0].startsWith("-") && fileBytes(args) >= fromBytes();
    }

    /** The child's command line, or null when the command should run in this JVM. */
    static List<String> childCommand(String[] args, Facts facts) {
        if (!facts.g1ByErgonomics() || args.length < 2 || args[0].startsWith("-")) return null;
        if (facts.classPath() == null || facts.classPath().isBlank() || !Files.isExecutable(facts.javaCommand())) return null;
        for (String o : facts.jvmOptions()) {
            if (o.startsWith("-agentlib") || o.startsWith("-agentpath") || o.startsWith("-javaagent") || o.startsWith("-Xrun")
                    || o.startsWith("-Xdebug")) return null;
        }
        long bytes = fileBytes(args);
        if (bytes < facts.fromBytes()) return null;
        List<String> cmd = new ArrayList<>();
        cmd.add(facts.javaCommand().toString());
        // Before the user's options, so that theirs win. The heap starts small and gives back what it no longer
        // needs instead of starting at 1/64 of RAM: peak memory of inspect on the 1M-row CSV 480–500 → 290 MB,
        // of cluster 514 → 407 MB. Huge pages make the heap's growth cheap: a young collection that copies the
        // parsed columns into fresh old-generation memory was paying a page fault per 4 KB (read 1.9–2.0 → 1.0–1.4 s).
        // Any heap size of the user's own keeps the JVM's start size: -Xms32m above a smaller -Xmx would not start.
        // (The installers' MaxRAMPercentage=60 keeps it: that is never below 32 MB.)
        if (!mentions(facts, "-Xms", "InitialHeapSize", "-Xmx", "MaxHeapSize", "MinHeapSize", "-Xmn", "NewSize",
                "InitialRAM")) {
            cmd.add("-Xms32m");
        }
        if (!mentions(facts, "HeapFreeRatio")) {
            cmd.add("-XX:MinHeapFreeRatio=15");
            cmd.add("-XX:MaxHeapFreeRatio=40");
        }
        if (facts.hugePagesOnRequest() && !mentions(facts, "HugePages", "LargePages")) cmd.add("-XX:+UseTransparentHugePages");
        // inspect reads the file once: the optimising compiler's threads only take cores from it. With the quick
        // compiler alone, inspect of the 1M-row CSV went 1.74 → 1.25 s (read 0.95 → 0.74, type inference 0.35 →
        // 0.19, counts 0.38 → 0.27 s). Its code runs about a third slower once warm, so from QUICK_COMPILER_BELOW
        // on (about 3.5M rows × 12) the optimising compiler pays off and is kept.
        if ("inspect".equals(args[0]) && bytes < QUICK_COMPILER_BELOW
                && !mentions(facts, "Tiered", "-Xint", "-Xcomp", "Compiler")) {
            cmd.add("-XX:TieredStopAtLevel=1");
        }
        for (String o : facts.jvmOptions()) {
            // The class path is given as -cp below (the installed launcher passes it as a property).
            if (!o.startsWith("-Djava.class.path=")) cmd.add(o);
        }
        cmd.add("-XX:+UseSerialGC");
        if (facts.vectorModule() && facts.jvmOptions().stream().noneMatch(o -> o.contains(VECTOR_MODULE))) {
            cmd.add("--add-modules=" + VECTOR_MODULE);
        }
        cmd.add("-cp");
        cmd.add(facts.classPath());
        cmd.add(Launcher.class.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Whether one of the user's JVM options (not a property's value) names one of {@code parts}. */
    private static boolean mentions(Facts facts, String... parts) {
        for (String o : facts.jvmOptions()) {
            if (!o.startsWith("-X")) continue;
            for (String p : parts) if (o.contains(p)) return true;
        }
        return false;
    }

    /** The sizes of the arguments that name existing files, added up. */
    static long fileBytes(String[] args) {
        long total = 0;
        for (int i = 1; i < args.length; i++) {
            try {
                Path p = Path.of(args[i]);
                if (Files.isRegularFile(p)) total += Files.size(p);
            } catch (InvalidPathException | IOException | SecurityException ignored) {
                // not a file
            }
        }
        return total;
    }

    /**
     * Runs {@code cmd} with this process's standard streams and returns its exit code, or nothing when it could
     * not be started (the caller then runs the command itself; a child's exit code may be negative on Windows). Ctrl+C reaches the child from the terminal (it
     * cancels and exits 3); a SIGINT or SIGTERM sent to this process alone is passed on to it.
     */
    static OptionalInt run(List<String> cmd) {
        // Also when the user gave the module: this JVM has announced it already.
        boolean filter = cmd.stream().anyMatch(o -> o.contains(VECTOR_MODULE));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        if (filter) pb.redirectError(ProcessBuilder.Redirect.PIPE);
        Map<String, String> env = pb.environment();
        // Their options are in cmd already (the JVM counts them as input arguments); read twice they would be
        // announced twice ("Picked up JAVA_TOOL_OPTIONS").
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        Process child;
        try {
            child = pb.start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        Thread errors = filter ? StderrFilter.start(child.getErrorStream(), INCUBATOR_WARNING) : null;
        Thread passOn = new Thread(() -> {
            if (!child.isAlive()) return;
            // A terminal's Ctrl+C reached the child too; a signal sent to this process alone must reach it.
            // (On Windows destroy() would kill it before it cleans up, and Ctrl+C reaches every process of the console.)
            // Through its handle: Process.destroy() would also close the pipe its last words come through.
            if (!WINDOWS) child.toHandle().destroy();
            try {
                if (child.waitFor(CHILD_GRACE_SECONDS, TimeUnit.SECONDS)) {
                    StderrFilter.drain(errors);
                    Runtime.getRuntime().halt(child.exitValue());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            child.destroyForcibly();
            System.err.println("archetype: cancelled");
            System.err.flush();
            Runtime.getRuntime().halt(dev.archetype.cli.ArchetypeCli.CANCELLED);
        }, "archetype-child");
        Runtime.getRuntime().addShutdownHook(passOn);
        while (true) {
            try {
                int code = child.waitFor();
                StderrFilter.drain(errors);
                return OptionalInt.of(code);
            } catch (InterruptedException e) {
                // keep waiting: the child decides when the command is over
            }
        }
    }
}
