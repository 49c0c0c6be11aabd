package dev.archetype.core.task;

/** Thrown by core work that stopped because its {@link Cancellation} was set. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("Cancelled", null, false, false);
    }
}
