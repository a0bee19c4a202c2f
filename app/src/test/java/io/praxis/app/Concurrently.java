package io.praxis.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Starts calls at the same moment, for tests of what concurrent edits do. */
public final class Concurrently {

    private Concurrently() {
    }

    /**
     * Runs two calls on two threads released together by a barrier; returns their outcomes in
     * order, each the call's value or the exception it threw. Fails when a call hangs (60 s).
     */
    public static List<Object> together(Callable<?> a, Callable<?> b) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<?>> futures = new ArrayList<>();
            for (Callable<?> call : List.of(a, b)) {
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return call.call();
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<?> future : futures) {
                try {
                    outcomes.add(future.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                } catch (TimeoutException e) {
                    throw new AssertionError("a concurrent call hung", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
