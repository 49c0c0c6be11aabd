package dev.archetype.ui.common;

import dev.archetype.core.failure.Failures;

/**
 * A failure as one line for a dialog or status line: {@link Failures#explain} says what went wrong (and writes
 * the trace to the log when it was unexpected); this only puts the screen's context in front of it.
 */
public final class FailureText {
    private FailureText() { }

    /** The one line for {@code error}, e.g. "internal error (null pointer exception); details in …/archetype.log". */
    public static String of(Throwable error) {
        return Failures.explain(error).message();
    }

    /**
     * "{@code context}: what went wrong", unless the explanation already names the context (an import error
     * already starts with the file name), so it is not said twice.
     */
    public static String of(String context, Throwable error) {
        String line = of(error);
        return line.contains(context) ? line : context + ": " + line;
    }
}
