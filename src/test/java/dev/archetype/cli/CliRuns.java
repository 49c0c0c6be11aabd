package dev.archetype.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in-process on a file and judges the outcome (shared by the fuzz test and the soak run). */
public final class CliRuns {
    private CliRuns() { }

    /** One run's outcome. */
    public record Run(String file, String command, int code, String out, String err, long millis) { }

    /** {@code command[0] FILE command[1..]}, e.g. {@code run(f, "cluster", "--k", "2")}. */
    public static Run run(Path file, String... command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[command.length + 1];
        args[0] = command[0];
        args[1] = file.toString();
        System.arraycopy(command, 1, args, 2, command.length - 1);
        long t0 = System.nanoTime();
        int code = ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), args);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new Run(file.getFileName().toString(), String.join(" ", command), code, out.toString(), err.toString(), ms);
    }

    /**
     * What is wrong with a run, empty when it behaved: exit 0, 1 or 2; when it failed, exactly one line on stderr;
     * never an exception name or a stack frame on either stream.
     */
    public static List<String> problems(Run r) {
        List<String> p = new ArrayList<>();
        String where = r.file() + " / " + r.command() + ": ";
        if (r.code() != ArchetypeCli.OK && r.code() != ArchetypeCli.BAD_INPUT && r.code() != ArchetypeCli.USAGE) {
            p.add(where + "exit " + r.code() + " " + r.err().strip());
        }
        if (r.code() != ArchetypeCli.OK && r.err().strip().lines().count() > 1) p.add(where + "stderr has several lines: " + r.err());
        if (r.code() != ArchetypeCli.OK && r.err().isBlank()) p.add(where + "failed without a word");
        for (String text : new String[] {r.out(), r.err()}) {
            if (text.contains("Exception") || text.contains("\tat ")) p.add(where + "shows an exception: " + text.strip());
        }
        return p;
    }
}
