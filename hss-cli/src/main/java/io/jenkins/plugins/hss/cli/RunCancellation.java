package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.watch.ScanRun;
import io.jenkins.plugins.hss.core.watch.WatchEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The command's cancel switch: an interrupt may come before the scan run exists (while options are
 * read), while it runs, after it (while the report's vulnerability lists are read), or after all;
 * whenever it comes, every task it concerns is cancelled, and the scan task a run of
 * {@code image-scan-tasks} started is stopped, as the plugin does when a build is aborted.
 */
final class RunCancellation {

    private final List<Runnable> cancels = new ArrayList<>();
    private boolean requested;
    private CompletableFuture<WatchEvent> stopping;

    /** Cancels the guarded tasks, now or as soon as they start. */
    synchronized void request() {
        requested = true;
        cancels.forEach(Runnable::run);
    }

    /**
     * {@code started}, cancelled at once when an interrupt came first; an interrupt asks it to stop
     * its scan task before it is cancelled (the stop's calls are the engine's, not the run's, so
     * cancelling the run does not withdraw them).
     */
    synchronized ScanRun guard(ScanRun started) {
        guard(() -> {
            stopping = started.stopScanTask();
            started.cancel();
        });
        return started;
    }

    /** {@code started}, cancelled at once when an interrupt came first. */
    synchronized <T> CompletableFuture<T> guard(CompletableFuture<T> started) {
        guard(() -> started.cancel(false));
        return started;
    }

    /** What stopping the run's scan task is doing; null when no interrupt reached a run. */
    synchronized CompletableFuture<WatchEvent> stopping() {
        return stopping;
    }

    private void guard(Runnable cancel) {
        cancels.add(cancel);
        if (requested) {
            cancel.run();
        }
    }
}
