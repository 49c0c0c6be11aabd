package dev.archetype;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Copies a child JVM's stderr to this process's, dropping its first line when it is the JVM's own notice
 * (e.g. the incubator-module warning), which a user of the command line should never have to read.
 */
final class StderrFilter {
    private static final long DRAIN_MILLIS = 5_000;

    private StderrFilter() { }

    /** Starts copying {@code in} to stderr on a daemon thread. */
    static Thread start(InputStream in, String dropFirstLine) {
        Thread t = new Thread(() -> copy(in, new FileOutputStream(FileDescriptor.err), dropFirstLine), "archetype-stderr");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits until everything the child wrote has been passed on (its stream ends when it exits). */
    static void drain(Thread copier) {
        if (copier == null) return;
        try {
            copier.join(DRAIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void copy(InputStream in, OutputStream out, String dropFirstLine) {
        byte[] drop = (dropFirstLine + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] dropCrLf = (dropFirstLine + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] buf = new byte[8192];
        byte[] head = new byte[dropCrLf.length];
        int headLength = 0;
        boolean deciding = true;
        try (in) {
            int r;
            while ((r = in.read(buf)) > 0) {
                int from = 0;
                if (deciding) {
                    // Hold back the start of the stream until it is known whether it is the notice.
                    while (from < r && headLength < head.length && deciding) {
                        head[headLength++] = buf[from++];
                        if (startsWith(head, headLength, drop) || startsWith(head, headLength, dropCrLf)) {
                            if (headLength == drop.length && head[headLength - 1] == '\n' || headLength == dropCrLf.length) {
                                headLength = 0;
                                deciding = false;
                            }
                        } else {
                            out.write(head, 0, headLength);
                            headLength = 0;
                            deciding = false;
                        }
                    }
                }
                if (from < r) out.write(buf, from, r - from);
                out.flush();
            }
            if (headLength > 0) {
                out.write(head, 0, headLength);
                out.flush();
            }
        } catch (IOException e) {
            // the child or our stderr went away: nothing left to pass on
        }
    }

    /** Whether the first {@code length} bytes of {@code a} are a prefix of {@code prefixOf}. */
    private static boolean startsWith(byte[] a, int length, byte[] prefixOf) {
        return length <= prefixOf.length && Arrays.equals(a, 0, length, prefixOf, 0, length);
    }
}
