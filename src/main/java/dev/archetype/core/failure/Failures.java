package dev.archetype.core.failure;

import dev.archetype.core.task.CancelledException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one error boundary of the command line and the window: turns any {@link Throwable}, errors included,
 * into one line a user can act on, and writes the full stack trace to a log file whose path the line gives
 * whenever the failure was not an expected one. Stateless apart from the log file; safe on any thread.
 */
public final class Failures {

    /** What kind of failure it was; the command line maps it to its exit code. */
    public enum Kind { BAD_INPUT, CANCELLED, INTERNAL }

    /** One line for the user, its kind, and the log file that has the details (null when none was written). */
    public record Explained(String message, Kind kind, Path log) { }

    /** Where logs go unless {@code archetype.logDir} says otherwise. */
    public static final String LOG_DIR_PROPERTY = "archetype.logDir";

    /** Library packages whose class names must never reach a user. */
    private static final Pattern INTERNAL_NAMES = Pattern.compile(
            "\\b(?:com\\.fasterxml|org\\.apache|org\\.xml|javax?\\.|jdk\\.|sun\\.|de\\.siegmar|ch\\.randelshofer)[\\w.$]*");

    private Failures() { }

    public static Explained explain(Throwable t) {
        Throwable root = unwrap(t);
        if (root instanceof CancelledException || root instanceof InterruptedException) {
            return new Explained("cancelled", Kind.CANCELLED, null);
        }
        if (root instanceof OutOfMemoryError) {
            Path log = log(root);
            return new Explained(outOfMemory(), Kind.BAD_INPUT, log);
        }
        if (root instanceof StackOverflowError) {
            Path log = log(root);
            return new Explained("the input is nested too deeply to process" + seeLog(log), Kind.INTERNAL, log);
        }
        if (root instanceof NoSuchFileException e) {
            return new Explained("No such file: " + e.getFile(), Kind.BAD_INPUT, null);
        }
        if (root instanceof AccessDeniedException e) {
            return new Explained("Permission denied: " + e.getFile(), Kind.BAD_INPUT, null);
        }
        if (root instanceof FileSystemException e && e.getReason() != null) {
            return new Explained(e.getFile() + ": " + e.getReason(), Kind.BAD_INPUT, null);
        }
        boolean expected = root instanceof IllegalArgumentException || root instanceof IOException
                || root.getClass().getName().startsWith("dev.archetype.");
        String line = firstLine(root.getMessage());
        if (expected && line != null && !leaksInternals(line)) {
            return new Explained(line, Kind.BAD_INPUT, null);
        }
        Path log = log(t);
        String what = expected ? "the input could not be processed" : "internal error";
        return new Explained(what + " (" + readableName(root) + ")" + seeLog(log),
                expected ? Kind.BAD_INPUT : Kind.INTERNAL, log);
    }

    /** The message for running out of heap, with the heap to ask for next time (twice this run's). */
    static String outOfMemory() {
        long max = HeapAdvice.maxHeap();
        return "not enough memory: the data needs more than the " + HeapAdvice.size(max) + " this run may use; "
                + HeapAdvice.largerHeap(2 * max);
    }

    /** Writes the full trace to the log file and returns its path, or null when no log could be written. */
    public static Path log(Throwable t) {
        StringWriter trace = new StringWriter();
        try (PrintWriter pw = new PrintWriter(trace)) {
            pw.println(Instant.now() + " archetype failure");
            t.printStackTrace(pw);
            pw.println();
        }
        for (Path dir : new Path[] {logDir(), Path.of(System.getProperty("java.io.tmpdir"))}) {
            try {
                Files.createDirectories(dir);
                Path file = dir.resolve("archetype.log");
                Files.writeString(file, trace.toString(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                return file;
            } catch (IOException | RuntimeException ignored) {
                // try the next folder
            }
        }
        return null;
    }

    static Path logDir() {
        String configured = System.getProperty(LOG_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        return Path.of(System.getProperty("user.home"), ".archetype", "logs");
    }

    private static String seeLog(Path log) {
        return log == null ? "" : "; details in " + log;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while ((cur instanceof java.util.concurrent.ExecutionException
                || cur instanceof java.util.concurrent.CompletionException
                || cur instanceof java.io.UncheckedIOException
                || cur instanceof java.lang.reflect.InvocationTargetException)
                && cur.getCause() != null) {
            cur = cur.getCause();
        }
        return cur;
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) return null;
        return message.strip().lines().findFirst().orElse(null);
    }

    static boolean leaksInternals(String line) {
        return INTERNAL_NAMES.matcher(line).find() || line.contains("Exception") || line.contains("\tat ");
    }

    private static String readableName(Throwable t) {
        return t.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
