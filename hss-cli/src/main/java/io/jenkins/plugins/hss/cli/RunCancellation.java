package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.watch.ScanRun;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The command's cancel switch: an interrupt may come before the scan run exists (while options are
 * read), while it runs, after it (while the report's vulnerability lists are read), or after all;
 * whenever it comes, every task it concerns is cancelled.
 */
final class RunCancellation {

    private final List<Runnable> cancels = new ArrayList<>();
    private boolean requested;

    /** Cancels the guarded tasks, now or as soon as they start. */
    synchronized void request() {
        requested = true;
        cancels.forEach(Runnable::run);
    }

    /** {@code started}, cancelled at once when an interrupt came first. */
    synchronized ScanRun guard(ScanRun started) {
        guard(started::cancel);
        return started;
    }

    /** {@code started}, cancelled at once when an interrupt came first. */
    synchronized <T> CompletableFuture<T> guard(CompletableFuture<T> started) {
        guard(() -> started.cancel(false));
        return started;
    }

    private void guard(Runnable cancel) {
        cancels.add(cancel);
        if (requested) {
            cancel.run();
        }
    }
}
