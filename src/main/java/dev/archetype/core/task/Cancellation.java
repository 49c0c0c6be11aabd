package dev.archetype.core.task;

/** A cancellation flag that long core work polls (at least once per iteration or per chunk of rows). */
@FunctionalInterface
public interface Cancellation {
    Cancellation NEVER = () -> false;

    boolean isCancelled();

    /** Throws {@link CancelledException} when cancelled; call between units of work. */
    default void check() {
        if (isCancelled()) throw new CancelledException();
    }
}
