package io.jenkins.plugins.hss.core.time;

import java.time.Duration;

/**
 * Runs tasks later without blocking a thread in between: the watcher is a chain of such tasks.
 * The tasks make blocking HTTP calls, so they run on threads of their own: the Jenkins plugin and the
 * CLI back it with a {@link java.util.concurrent.ScheduledExecutorService} ({@link ExecutorScheduler}),
 * never with Jenkins' shared {@code Timer}; tests, benchmarks and demos with {@link VirtualTimeScheduler}.
 */
@FunctionalInterface
public interface Scheduler {

    /** Runs {@code task} once, {@code delay} from now (at once when zero or negative). */
    Cancellable schedule(Runnable task, Duration delay);
}
