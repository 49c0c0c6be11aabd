package dev.archetype.ui.common;

import dev.archetype.core.failure.Failures;
import dev.archetype.core.task.CancelledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorBoundaryTest {
    @TempDir Path logs;
    private String logDirBefore;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Runnable> fxQueue = new ArrayList<>();
    private long now = 1_000_000;
    private final ErrorBoundary boundary = new ErrorBoundary(dialogs, fxQueue::add, Failures::explain, () -> now);

    @BeforeEach
    void logToTemp() {
        logDirBefore = System.getProperty(Failures.LOG_DIR_PROPERTY);
        System.setProperty(Failures.LOG_DIR_PROPERTY, logs.toString());
    }

    @AfterEach
    void restore() {
        if (logDirBefore == null) System.clearProperty(Failures.LOG_DIR_PROPERTY);
        else System.setProperty(Failures.LOG_DIR_PROPERTY, logDirBefore);
    }

    private void runFxQueue() {
        List<Runnable> tasks = new ArrayList<>(fxQueue);
        fxQueue.clear();
        tasks.forEach(Runnable::run);
    }

    @Test
    void aWorkerThreadsCrashBecomesOneLineNamingTheLog() throws Exception {
        Thread worker = new Thread(() -> { throw new NullPointerException("Cannot read field \"x\" because \"p\" is null"); });
        worker.setUncaughtExceptionHandler(boundary);
        worker.start();
        worker.join();
        assertThat(dialogs.errors).as("shown on the FX thread, not the worker's").isEmpty();
        runFxQueue();
        assertThat(dialogs.errors).singleElement().satisfies(line -> {
            assertThat(line.lines()).hasSize(1);
            assertThat(line).doesNotContain("Exception").doesNotContain("\tat ")
                    .endsWith("details in " + logs.resolve("archetype.log"));
        });
        assertThat(logs.resolve("archetype.log")).content().contains("NullPointerException");
    }

    @Test
    void runningOutOfMemoryIsExplainedNotFatal() {
        boundary.uncaughtException(Thread.currentThread(), new OutOfMemoryError("Java heap space"));
        runFxQueue();
        assertThat(dialogs.errors).singleElement().asString().startsWith("not enough memory");
    }

    @Test
    void aCancellationIsNotAnError() {
        boundary.uncaughtException(Thread.currentThread(), new CancelledException());
        runFxQueue();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFailureRepeatingWhileItsDialogIsOpenShowsOneDialog() {
        List<String> shown = new ArrayList<>();
        ErrorBoundary[] b = new ErrorBoundary[1];
        DialogService reentrant = new DialogService() {
            @Override public void showError(String title, String message) {
                shown.add(message);
                // the window keeps pulsing under a modal dialog, and the same layout bug fires again
                b[0].report(new IllegalStateException("again"));
                runFxQueue();
            }
            @Override public void showInformation(String title, String message) { }
            @Override public boolean confirm(String title, String question) { return false; }
            @Override public java.util.Optional<Path> chooseFileToOpen(String title, java.util.Optional<Path> folder,
                                                                       List<FileFilter> filters) {
                return java.util.Optional.empty();
            }
        };
        b[0] = new ErrorBoundary(reentrant, fxQueue::add, Failures::explain, () -> now);
        b[0].report(new IllegalStateException("first"));
        runFxQueue();
        assertThat(shown).hasSize(1);
    }

    @Test
    void theSameFailureRightAfterItsDialogClosedStaysQuietForAWhile() {
        boundary.report(new IllegalArgumentException("Column 'Spend' is not numeric"));
        runFxQueue();
        boundary.report(new IllegalArgumentException("Column 'Spend' is not numeric"));
        runFxQueue();
        assertThat(dialogs.errors).hasSize(1);
        now += ErrorBoundary.REPEAT_QUIET_MS + 1;
        boundary.report(new IllegalArgumentException("Column 'Spend' is not numeric"));
        runFxQueue();
        assertThat(dialogs.errors).hasSize(2);
    }

    @Test
    void aFailureWhileReportingDoesNotEscapeTheHandler() {
        ErrorBoundary broken = new ErrorBoundary(dialogs, r -> { throw new OutOfMemoryError(); }, Failures::explain, () -> now);
        broken.uncaughtException(Thread.currentThread(), new IllegalStateException("x"));
        assertThat(dialogs.errors).isEmpty();
    }
}
