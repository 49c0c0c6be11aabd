package dev.archetype.ui.importer;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportException;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.ImportPreview;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An import started before the window is complete: the file the window will open first (the bundled sample) is read
 * on a spare core while the FX thread finishes building the window after its first frame, and the preview and read of
 * that file with the default options are answered from it. Everything else goes to the delegate; a failed preload reads again, so errors are
 * reported by the normal path.
 */
public final class PreloadedImport implements ImportService {
    private final ImportService delegate;
    private final Path file;
    private final int previewRows;
    private final CompletableFuture<ImportPreview> preview = new CompletableFuture<>();
    private final CompletableFuture<Dataset> data = new CompletableFuture<>();
    private volatile boolean begun;

    private PreloadedImport(ImportService delegate, Path file, int previewRows) {
        this.delegate = delegate;
        this.file = file;
        this.previewRows = previewRows;
    }

    /** An import of {@code file} that {@link #begin()} starts; until then (and without it) calls go to the delegate as usual. */
    public static PreloadedImport of(ImportService delegate, Path file, int previewRows) {
        return new PreloadedImport(delegate, file, previewRows);
    }

    /** Starts reading the file (preview, then the whole table with its per-column figures) on a daemon thread. */
    public void begin() {
        begun = true;
        Thread t = new Thread(() -> {
            try {
                preview.complete(delegate.preview(file, ImportOptions.defaults(), previewRows));
                Dataset d = delegate.read(file, ImportOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER);
                dev.archetype.core.analysis.Defaults.warm(d);
                data.complete(d);
            } catch (Throwable e) {
                preview.completeExceptionally(e);
                data.completeExceptionally(e);
            }
        }, "archetype-preload");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public ImportPreview preview(Path f, ImportOptions options, int maxRows) throws ImportException {
        if (begun && f.equals(file) && ImportOptions.defaults().equals(options) && maxRows == previewRows) {
            ImportPreview p = await(preview, Cancellation.NEVER);
            if (p != null) return p;
        }
        return delegate.preview(f, options, maxRows);
    }

    @Override
    public Dataset read(Path f, ImportOptions options, ProgressListener progress, Cancellation cancel) throws ImportException {
        if (begun && f.equals(file) && ImportOptions.defaults().equals(options)) {
            Dataset d = await(data, cancel);
            if (d != null) return d;
        }
        return delegate.read(f, options, progress, cancel);
    }

    /** The preloaded value, or null when the preload failed (the caller then reads as usual). */
    private static <T> T await(CompletableFuture<T> future, Cancellation cancel) {
        while (true) {
            cancel.check();
            try {
                return future.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // poll the cancellation again
            } catch (ExecutionException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new dev.archetype.core.task.CancelledException();
            }
        }
    }
}
