package dev.archetype.ui.common;

/**
 * The one job a view model runs at a time: starting a job through the slot makes it the current one (so Cancel
 * reaches it), and the slot empties itself when that job ends — also when a runner ends it before {@code run}
 * returns, as the same-thread runner of the tests does. Use on the FX thread.
 */
public final class JobSlot {
    private Ticket current;

    private static final class Ticket {
        BackgroundJob job;
        boolean ended;
        boolean superseded;
    }

    /** Runs {@code work} as the slot's job; {@code callbacks} run after the slot has let go of it. */
    public <T> BackgroundJob start(BackgroundRunner runner, String title, Work<T> work, JobCallbacks<T> callbacks) {
        return start(runner, title, work, callbacks, false);
    }

    /**
     * As {@link #start(BackgroundRunner, String, Work, JobCallbacks)}, but the outcome of a job that a newer one
     * has replaced is dropped (its success and failure callbacks do not run): a preview of settings since changed.
     */
    public <T> BackgroundJob startLatest(BackgroundRunner runner, String title, Work<T> work, JobCallbacks<T> callbacks) {
        return start(runner, title, work, callbacks, true);
    }

    private <T> BackgroundJob start(BackgroundRunner runner, String title, Work<T> work, JobCallbacks<T> callbacks, boolean latestOnly) {
        if (current != null) current.superseded = true;
        Ticket ticket = new Ticket();
        BackgroundJob job = runner.run(title, work, new JobCallbacks<T>(value -> {
            end(ticket);
            if (!latestOnly || !ticket.superseded) callbacks.onSuccess().accept(value);
        }, failure -> {
            end(ticket);
            if (!latestOnly || !ticket.superseded) callbacks.onFailure().accept(failure);
        }, () -> {
            end(ticket);
            callbacks.onCancelled().run();
        }));
        ticket.job = job;
        if (!ticket.ended) current = ticket;
        return job;
    }

    /** True while a job started here has not ended. */
    public boolean busy() {
        return current != null;
    }

    /** Cancels the current job, if any. */
    public void cancel() {
        if (current != null && current.job != null) current.job.cancel();
    }

    private void end(Ticket ticket) {
        ticket.ended = true;
        if (current == ticket) current = null;
    }
}
