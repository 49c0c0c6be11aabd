package dev.archetype.core.failure;

import java.util.Locale;

/**
 * What to say when data does not fit in memory: sizes in words and the heap to start with next time. One
 * wording for the up-front check of a file that cannot fit and for an {@link OutOfMemoryError} that happens
 * anyway, on the command line and in the window. Stateless; safe on any thread.
 */
public final class HeapAdvice {
    private static final long MB = 1L << 20;
    private static final long GB = 1L << 30;

    private HeapAdvice() { }

    /** The most heap this run may use (the JVM's -Xmx, or its share of the machine's memory). */
    public static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    /** "640 MB", "3.1 GB" (binary units, as -Xmx counts them). */
    public static String size(long bytes) {
        if (bytes < GB) return String.format(Locale.ROOT, "%,d MB", Math.max(1, (bytes + MB - 1) / MB));
        return String.format(Locale.ROOT, "%.1f GB", bytes / (double) GB);
    }

    /** Whole gigabytes to ask for so that {@code neededBytes} fit: at least 2. */
    public static long suggestedGb(long neededBytes) {
        return Math.max(2, (neededBytes + GB - 1) / GB);
    }

    /**
     * "start with a larger heap, e.g. JAVA_TOOL_OPTIONS=-Xmx4g archetype … (or java -Xmx4g -jar archetype.jar …)":
     * JAVA_TOOL_OPTIONS reaches the JVM of the installed launcher as well as of {@code java -jar}.
     */
    public static String largerHeap(long neededBytes) {
        long gb = suggestedGb(neededBytes);
        return String.format(Locale.ROOT, "start with a larger heap, e.g. JAVA_TOOL_OPTIONS=-Xmx%dg archetype …"
                + " (or java -Xmx%dg -jar archetype.jar …)", gb, gb);
    }
}
