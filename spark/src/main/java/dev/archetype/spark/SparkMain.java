package dev.archetype.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code archetype-spark}: the desktop's {@code cluster}, {@code sweep} and {@code score} on Apache Spark, for data
 * a desktop cannot hold. Same options, same JSON, same names; projects it saves open in the desktop window and score
 * with the desktop's {@code archetype score}.
 */
@Command(name = "archetype-spark", mixinStandardHelpOptions = true, version = "archetype-spark 0.1.0",
        description = "Archetypes on Apache Spark: the desktop's analysis over CSV or Parquet data of any size.",
        subcommands = {ClusterJob.class, SweepJob.class, ScoreJob.class})
public final class SparkMain implements Runnable {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 70;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        int code = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        System.exit(code);
    }

    /** Runs with the given streams and returns the exit code: 0 done, 1 bad input, 2 usage, 70 internal error. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new SparkMain());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("archetype-spark: " + ex.getMessage());
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> report(ex, c.getErr()));
        int code;
        try {
            code = cl.execute(args);
        } catch (Throwable t) {
            code = report(t, err);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** One line for the user; the trace only where it helps a developer (internal errors). */
    static int report(Throwable t, PrintWriter err) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root
                && !(root instanceof IllegalArgumentException) && !(root instanceof java.io.IOException)) {
            root = root.getCause();
        }
        if (t instanceof IllegalArgumentException || t instanceof java.io.IOException
                || t instanceof dev.archetype.core.io.ImportException || isSparkAnalysis(t)) {
            err.println("archetype-spark: " + oneLine(t.getMessage()));
            return BAD_INPUT;
        }
        if (root instanceof IllegalArgumentException || root instanceof java.io.IOException || isSparkAnalysis(root)) {
            err.println("archetype-spark: " + oneLine(root.getMessage()));
            return BAD_INPUT;
        }
        if (root instanceof OutOfMemoryError || t instanceof OutOfMemoryError) {
            err.println("archetype-spark: not enough memory: the driver may use " + dev.archetype.core.failure.HeapAdvice.size(Runtime.getRuntime().maxMemory())
                    + "; give it more with ARCHETYPE_SPARK_OPTS=-Xmx16g (local) or --driver-memory (spark-submit)");
            return BAD_INPUT;
        }
        err.println("archetype-spark: internal error: " + oneLine(String.valueOf(t)));
        return INTERNAL;
    }

    /** Spark's analysis errors (a missing path or column; subclasses such as ExtendedAnalysisException too) and a bad master URL. */
    private static boolean isSparkAnalysis(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals("org.apache.spark.sql.AnalysisException")) return true;
        }
        String m = String.valueOf(t.getMessage());
        return t.getClass().getName().equals("org.apache.spark.SparkException") && m.contains("Master URL");
    }

    private static String oneLine(String s) {
        if (s == null) return "failed";
        String line = s.strip();
        int nl = line.indexOf('\n');
        return nl < 0 ? line : line.substring(0, nl).strip();
    }
}
