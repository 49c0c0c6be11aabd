package dev.archetype.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Set;

/** The command-line front end: the same core pipeline as the window, without a window. */
@Command(name = "archetype", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Find customer archetypes with k-means. Without a subcommand the window opens.",
        subcommands = {InspectCommand.class, SweepCommand.class, ClusterCommand.class, RunCommand.class, ScoreCommand.class})
public final class ArchetypeCli {

    /** Exit codes shared by all subcommands. */
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    public static final int CANCELLED = 3;
    public static final int INTERNAL = 70;

    private static final Set<String> TOP_LEVEL = Set.of("-h", "--help", "-V", "--version");

    public static boolean isCommand(String arg) {
        return TOP_LEVEL.contains(arg) || commandLine().getSubcommands().containsKey(arg);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ArchetypeCli());
        cl.setExecutionExceptionHandler(new OneLineErrors());
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("archetype: " + ex.getMessage());
            return USAGE;
        });
        return cl;
    }

    /** Runs with the process's streams and returns the exit code; Ctrl+C cancels the command (exit 3). */
    public static int run(String... args) {
        Interrupt.install();
        // A worker thread that dies (out of memory while parsing a block) must not print the JVM's own trace: the
        // command reports the failure in one line; the trace goes to the log.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> dev.archetype.core.failure.Failures.log(error));
        CommandLine cl = commandLine();
        int code;
        try {
            code = cl.execute(args);
        } catch (Throwable t) {
            // Errors (out of memory, stack overflow) pass picocli's exception handler; they end here as one line.
            code = OneLineErrors.report(t, cl.getErr());
        }
        Interrupt.finished(code);
        return code;
    }

    /** Runs with the given streams (tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code;
        try {
            code = cl.execute(args);
        } catch (Throwable t) {
            code = OneLineErrors.report(t, cl.getErr());
        }
        out.flush();
        err.flush();
        return code;
    }
}
