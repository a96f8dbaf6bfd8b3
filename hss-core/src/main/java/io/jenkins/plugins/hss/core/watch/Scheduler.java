package io.jenkins.plugins.hss.core.watch;

import java.time.Duration;

/**
 * Runs tasks later without blocking a thread in between: the watcher is a chain of such tasks.
 * Jenkins backs it with its {@code Timer}, the CLI with a {@link java.util.concurrent.ScheduledExecutorService}
 * ({@link ExecutorScheduler}), tests, benchmarks and demos with {@link VirtualTimeScheduler}.
 */
@FunctionalInterface
public interface Scheduler {

    /** Runs {@code task} once, {@code delay} from now (at once when zero or negative). */
    Cancellable schedule(Runnable task, Duration delay);
}
