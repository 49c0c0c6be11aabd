package dev.archetype.cli;

import dev.archetype.core.task.Cancellation;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl+C (SIGINT, or SIGTERM) cancels the running command cleanly: the core sees {@link #CANCELLATION},
 * stops at its next check, an export deletes its temporary file, and the process exits 3 with
 * "archetype: cancelled". A command that does not reach a check within a few seconds is ended with the
 * same message and code, so Ctrl+C never hangs.
 */
final class Interrupt {
    /** Polled by every long step the command line runs. */
    static final Cancellation CANCELLATION = Interrupt::requested;

    private static final long GRACE_SECONDS = 5;
    private static volatile boolean requested;
    private static volatile int exitCode = -1;
    private static final CountDownLatch FINISHED = new CountDownLatch(1);

    private Interrupt() { }

    static boolean requested() {
        return requested;
    }

    /** Installs the hook; call once from {@code main} before the command runs. */
    static void install() {
        Runtime.getRuntime().addShutdownHook(new Thread(Interrupt::onShutdown, "archetype-interrupt"));
    }

    /** Called by {@code main} when the command has returned, before {@code System.exit}. */
    static void finished(int code) {
        exitCode = code;
        FINISHED.countDown();
    }

    private static void onShutdown() {
        if (FINISHED.getCount() == 0) return; // a normal exit
        requested = true;
        try {
            if (FINISHED.await(GRACE_SECONDS, TimeUnit.SECONDS)) {
                dev.archetype.core.export.WorkbookExporter.removeTemporaryFiles();
                Runtime.getRuntime().halt(exitCode);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.err.println("archetype: cancelled");
        System.err.flush();
        dev.archetype.core.export.WorkbookExporter.removeTemporaryFiles();
        Runtime.getRuntime().halt(ArchetypeCli.CANCELLED);
    }
}
