package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.time.ExecutorScheduler;
import io.jenkins.plugins.hss.core.time.Scheduler;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The wall clock: every task of the engine, its HTTP calls included, on one named daemon thread,
 * while the command's thread waits for the
 * report. Interrupting the waiting thread cancels the run, so nothing more is sent.
 */
final class RealTime implements Timeline {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "hss-scan-engine");
        thread.setDaemon(true);
        return thread;
    });
    private final Scheduler scheduler = new ExecutorScheduler(executor);

    @Override
    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public <T> T await(CompletableFuture<T> result, Runnable cancel) throws Exception {
        try {
            return Timeline.valueOf(result);
        } catch (InterruptedException e) {
            cancel.run();
            throw e;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
