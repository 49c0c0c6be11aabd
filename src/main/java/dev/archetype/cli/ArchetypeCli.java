package dev.archetype.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The command-line front end: the same core pipeline as the window, without a window. */
@Command(name = "archetype", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Find customer archetypes with k-means. Without a subcommand the window opens.")
public final class ArchetypeCli {

    /** Exit codes shared by all subcommands. */
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    public static final int CANCELLED = 3;
    public static final int INTERNAL = 70;

    private static final Set<String> TOP_LEVEL = Set.of("-h", "--help", "-V", "--version");

    private static final List<Class<?>> SUBCOMMANDS = List.of(InspectCommand.class, SweepCommand.class,
            ClusterCommand.class, RunCommand.class, ScoreCommand.class);
    private static final Map<String, Class<?>> BY_NAME = new LinkedHashMap<>();

    static {
        for (Class<?> c : SUBCOMMANDS) BY_NAME.put(c.getAnnotation(Command.class).name(), c);
    }

    public static boolean isCommand(String arg) {
        return TOP_LEVEL.contains(arg) || BY_NAME.containsKey(arg);
    }

    /** The whole command line: every subcommand (for help and usage errors at the top level). */
    public static CommandLine commandLine() {
        return commandLine((Class<?>) null);
    }

    /**
     * The command line for {@code args}: when they start with a subcommand's name, only that subcommand is modelled.
     * Picocli reads every subcommand's annotations when it is added, which took 0.25 s of each command's start.
     */
    static CommandLine commandLineFor(String... args) {
        return commandLine(args.length > 0 ? BY_NAME.get(args[0]) : null);
    }

    private static CommandLine commandLine(Class<?> only) {
        CommandLine cl = new CommandLine(new ArchetypeCli());
        for (Class<?> c : SUBCOMMANDS) if (only == null || c == only) cl.addSubcommand(c);
        // Set after the subcommands are added: picocli hands these settings only to those present.
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
        CommandLine cl = commandLineFor(args);
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
        CommandLine cl = commandLineFor(args);
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
