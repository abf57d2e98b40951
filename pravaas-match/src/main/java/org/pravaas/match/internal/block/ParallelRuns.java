package org.pravaas.match.internal.block;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Visits an index's candidate pairs on several threads, each with its own visitor. */
public final class ParallelRuns {
    private static final int BATCH = 512;

    private ParallelRuns() {}

    public static <V extends CandidateIndex.PairVisitor> List<V> visit(
            CandidateIndex index, int threads, Supplier<V> visitors) {
        List<V> created = new ArrayList<>();
        for (int t = 0; t < threads; t++) created.add(visitors.get());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (V v : created) {
                futures.add(pool.submit(() -> {
                    for (int from = next.getAndAdd(BATCH); from < index.runCount(); from = next.getAndAdd(BATCH)) {
                        index.visitRuns(from, Math.min(index.runCount(), from + BATCH), v);
                    }
                }));
            }
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while matching", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return created;
    }
}
