package dev.archetype.cli;

import dev.archetype.core.task.Timings;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code --timings}: where a command's time went, per phase, printed to stderr when it ends (also when it fails). */
public final class TimingsOption {
    @Option(names = "--timings",
            description = "Print wall and CPU seconds per phase (read, type inference, prepare, seeding, Lloyd, "
                    + "refinement, metrics, profile, export…) to stderr.")
    boolean on;

    /** Runs {@code body}, recording and then printing the phases when asked. */
    public <T> T around(PrintWriter err, Callable<T> body) throws Exception {
        if (!on) return body.call();
        Timings t = Timings.begin();
        try {
            return body.call();
        } finally {
            Timings.end();
            err.println("Timings:");
            for (String line : t.lines()) err.println("  " + line);
            err.flush();
        }
    }
}
