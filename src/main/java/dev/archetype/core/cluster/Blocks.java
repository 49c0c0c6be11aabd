package dev.archetype.core.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Splits rows 0..n into fixed-size blocks and runs a task per block on a few threads. Block boundaries do not
 * depend on the thread count, and callers keep one partial result per block and merge them in block order,
 * which is what makes results bit-identical on 1, 2 or 16 threads.
 */
final class Blocks implements AutoCloseable {
    static final int BLOCK_ROWS = 4096;

    @FunctionalInterface
    interface Task {
        void run(int block, int from, int to);
    }

    final int n;
    final int count;
    private final int workers;
    private final ExecutorService pool;

    Blocks(int n, int threads) {
        this.n = n;
        this.count = Math.max(1, (n + BLOCK_ROWS - 1) / BLOCK_ROWS);
        this.workers = Math.min(threads, count);
        this.pool = workers > 1 ? Executors.newFixedThreadPool(workers - 1, r -> {
            Thread t = new Thread(r, "archetype-kmeans");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /**
     * {@code count} tasks numbered 0..count−1, one a block, run on up to {@code threads} threads by
     * {@link #forEach} (the task gets its number as the block): for work that is split by task rather than by row.
     */
    static Blocks ofTasks(int count, int threads) {
        return new Blocks(Math.multiplyExact(count, BLOCK_ROWS), threads);
    }

    int from(int block) {
        return block * BLOCK_ROWS;
    }

    int to(int block) {
        return Math.min(n, (block + 1) * BLOCK_ROWS);
    }

    void forEach(Task task) {
        if (pool == null) {
            for (int b = 0; b < count; b++) task.run(b, from(b), to(b));
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            try {
                for (int b; (b = next.getAndIncrement()) < count; ) task.run(b, from(b), to(b));
            } catch (RuntimeException | Error e) {
                next.set(count); // the other workers stop at their next block
                throw e;
            }
        };
        List<Future<?>> futures = new ArrayList<>(workers - 1);
        for (int w = 1; w < workers; w++) futures.add(pool.submit(worker));
        Throwable failure = null;
        try {
            worker.run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        // every worker is waited for, also after an interrupt, so no block still runs when this returns
        boolean interrupted = false;
        for (Future<?> f : futures) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (ExecutionException e) {
                    if (failure == null) failure = e.getCause();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    next.set(count);
                    if (failure == null) failure = new dev.archetype.core.task.CancelledException();
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (failure instanceof RuntimeException re) throw re;
        if (failure instanceof Error er) throw er;
        if (failure != null) throw new IllegalStateException(failure);
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
