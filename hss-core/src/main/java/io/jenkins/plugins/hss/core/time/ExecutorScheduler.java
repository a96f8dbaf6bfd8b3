package io.jenkins.plugins.hss.core.time;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** A {@link Scheduler} on real time, over an executor the caller owns (and shuts down). */
public final class ExecutorScheduler implements Scheduler {

    private final ScheduledExecutorService executor;

    public ExecutorScheduler(ScheduledExecutorService executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public Cancellable schedule(Runnable task, Duration delay) {
        long millis = Math.max(0, delay.toMillis());
        ScheduledFuture<?> future = executor.schedule(task, millis, TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }
}
