package dev.archetype.core.cluster;

import dev.archetype.core.task.CancelledException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every block runs once; a failure or an interrupt stops the rest, and no block is still running afterwards. */
class BlocksTest {
    @Test
    void everyTaskRunsOnceWithItsNumber() {
        int[] runs = new int[37];
        try (Blocks tasks = Blocks.ofTasks(37, 3)) {
            assertThat(tasks.count).isEqualTo(37);
            tasks.forEach((b, from, to) -> {
                synchronized (runs) {
                    runs[b]++;
                }
            });
        }
        assertThat(runs).containsOnly(1);
    }

    @Test
    void anInterruptedCallWaitsForEveryBlockThatStarted() {
        AtomicInteger running = new AtomicInteger();
        Thread caller = Thread.currentThread();
        try (Blocks tasks = Blocks.ofTasks(6, 3)) {
            caller.interrupt();
            // the caller's blocks are quick, the helpers' slow: the caller reaches its wait while they still run
            assertThatThrownBy(() -> tasks.forEach((b, from, to) -> {
                running.incrementAndGet();
                long end = System.nanoTime() + (Thread.currentThread() == caller ? 1_000_000L : 150_000_000L);
                while (System.nanoTime() < end) Thread.onSpinWait();
                running.decrementAndGet();
            })).isInstanceOf(CancelledException.class);
            assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
            assertThat(running.get()).as("blocks still running when forEach returned").isZero();
        }
    }

    @Test
    void aFailingBlockStopsTheOthersAndIsRethrown() {
        AtomicInteger ran = new AtomicInteger();
        try (Blocks tasks = Blocks.ofTasks(200, 2)) {
            assertThatThrownBy(() -> tasks.forEach((b, from, to) -> {
                ran.incrementAndGet();
                if (b == 3) throw new IllegalStateException("block 3");
                long end = System.nanoTime() + 2_000_000L;
                while (System.nanoTime() < end) Thread.onSpinWait();
            })).isInstanceOf(IllegalStateException.class).hasMessage("block 3");
        }
        assertThat(ran.get()).isLessThan(200);
    }
}
