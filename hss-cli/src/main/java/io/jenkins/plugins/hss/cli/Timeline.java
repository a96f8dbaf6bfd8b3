package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.watch.ScanRun;
import io.jenkins.plugins.hss.core.watch.Scheduler;
import java.time.Clock;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Where a run's time comes from: the wall clock for real scans ({@link RealTime}), simulated time for the demo. */
interface Timeline extends AutoCloseable {

    Scheduler scheduler();

    Clock clock();

    /** Blocks until {@code run} has its report; the run's own error (e.g. an HSS refusal) is thrown as it is. */
    ScanReport await(ScanRun run) throws Exception;

    @Override
    void close();

    /** The report of a finished run, or the error it ended with. */
    static ScanReport reportOf(ScanRun run) throws Exception {
        try {
            return run.result().get();
        } catch (ExecutionException | CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (CancellationException e) {
            throw new InterruptedException("the scan run was cancelled");
        }
    }
}
