package dev.archetype.core.io;

import dev.archetype.core.failure.HeapAdvice;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Refuses, before reading, a file that cannot fit in this run's heap, with the memory it needs and the heap to
 * start with, instead of running out of memory half-way through.
 *
 * <p>The estimate is a lower bound, so a file that would fit is never refused: {@link #BYTES_PER_CELL} heap per
 * cell is the least any measured table needed (the smallest {@code -Xmx} at which {@code inspect} still read a
 * million rows, serial collector): repeated labels 8.5 bytes a cell (6 columns), numbers 9.9–10.5 (9 and 12
 * columns), unique text 61; the G1 collector of the window needs 1.3–1.8× more. A file between the bound and
 * the heap is read and, if it does run out, ends in the same kind of message (see {@link Importer#read}).
 * Stateless; safe on any thread.
 */
final class MemoryCheck {
    /** Heap per cell that every measured table needed at least. */
    static final long BYTES_PER_CELL = 8;
    /** What a G1 heap really needed per cell of a typical table (12 columns, numbers, labels and dates): 21 bytes. */
    static final long TYPICAL_BYTES_PER_CELL = 21;

    private MemoryCheck() { }

    /** Data rows of a text file of {@code fileBytes}, from the lines in a sample of its first bytes. */
    static long rows(long fileBytes, byte[] sample, int sampleLength) {
        long lines = lines(sample, sampleLength);
        if (lines == 0 || sampleLength <= 0) return 1;
        return Math.max(1, (long) Math.ceil(fileBytes * (double) lines / sampleLength));
    }

    /** Line ends (LF, CRLF or a lone CR each count once). */
    static long lines(byte[] b, int length) {
        long n = 0;
        for (int i = 0; i < length; i++) {
            if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= length || b[i + 1] != '\n'))) n++;
        }
        return n;
    }

    /** The least heap {@code rows × columns} cells need. */
    static long lowerBound(long rows, int columns) {
        return rows * Math.max(1, columns) * BYTES_PER_CELL;
    }

    /**
     * @throws ImportException when even the lower bound for {@code rows × columns} exceeds {@code maxHeap}, saying
     *                         how much it needs, how much this run may use and the heap to start with
     */
    static void check(Path file, long rows, int columns, long maxHeap) throws ImportException {
        long needs = lowerBound(rows, columns);
        if (needs <= maxHeap) return;
        throw new ImportException(file, String.format(Locale.ROOT,
                "needs at least %s of memory to open (about %,d rows × %,d columns), but this run may use %s; %s",
                HeapAdvice.size(needs), rows, columns, HeapAdvice.size(maxHeap),
                HeapAdvice.largerHeap(rows * Math.max(1, columns) * TYPICAL_BYTES_PER_CELL)));
    }

    /** The reason for an {@link OutOfMemoryError} while {@code file} was read. */
    static String outOfMemory(long maxHeap) {
        return "not enough memory to open it: this run may use " + HeapAdvice.size(maxHeap) + "; "
                + HeapAdvice.largerHeap(2 * maxHeap);
    }
}
