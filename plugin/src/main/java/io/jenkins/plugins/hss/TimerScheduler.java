package io.jenkins.plugins.hss;

import io.jenkins.plugins.hss.core.watch.Cancellable;
import io.jenkins.plugins.hss.core.watch.Scheduler;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import jenkins.util.Timer;

/**
 * The engine's {@link Scheduler} on Jenkins' shared {@link Timer}: the watcher's polls become timer
 * tasks, so no build holds a thread while HSS scans.
 */
final class TimerScheduler implements Scheduler {

    @Override
    public Cancellable schedule(Runnable task, Duration delay) {
        ScheduledFuture<?> future = Timer.get().schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }
}
