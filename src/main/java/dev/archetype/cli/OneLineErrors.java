package dev.archetype.cli;

import dev.archetype.core.failure.Failures;
import picocli.CommandLine;

import java.io.PrintWriter;

/** Turns any failure into one clear line on stderr and an exit code; never a stack trace. */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        return report(ex, cl.getErr());
    }

    /** Prints the one line for {@code t} and returns the exit code (also used for errors picocli lets through). */
    static int report(Throwable t, PrintWriter err) {
        Failures.Explained e = Failures.explain(t);
        err.println("archetype: " + e.message());
        err.flush();
        return switch (e.kind()) {
            case CANCELLED -> ArchetypeCli.CANCELLED;
            case BAD_INPUT -> ArchetypeCli.BAD_INPUT;
            case INTERNAL -> ArchetypeCli.INTERNAL;
        };
    }
}
