package dev.archetype.cli;

import dev.archetype.core.task.CancelledException;
import picocli.CommandLine;

/** Turns any failure into one clear line on stderr and an exit code; never a stack trace. */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        if (ex instanceof CancelledException) {
            cl.getErr().println("archetype: cancelled");
            return ArchetypeCli.CANCELLED;
        }
        String msg = ex.getMessage();
        boolean expected = ex instanceof IllegalArgumentException || ex instanceof java.io.IOException
                || ex.getClass().getName().startsWith("dev.archetype.");
        if (msg == null || msg.isBlank()) msg = ex.getClass().getSimpleName();
        cl.getErr().println("archetype: " + msg.lines().findFirst().orElse(msg));
        return expected ? ArchetypeCli.BAD_INPUT : ArchetypeCli.INTERNAL;
    }
}
