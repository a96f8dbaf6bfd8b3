package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.watch.ScanRun;

/**
 * The command's cancel switch: an interrupt may come before the scan run exists (while options are
 * read), while it runs, or after; whenever it comes, the run it concerns is cancelled.
 */
final class RunCancellation {

    private ScanRun run;
    private boolean requested;

    /** Cancels the run, now or as soon as it starts. */
    synchronized void request() {
        requested = true;
        if (run != null) {
            run.cancel();
        }
    }

    /** {@code started}, cancelled at once when an interrupt came first. */
    synchronized ScanRun guard(ScanRun started) {
        run = started;
        if (requested) {
            started.cancel();
        }
        return started;
    }
}
