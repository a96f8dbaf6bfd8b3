package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.time.Scheduler;
import io.jenkins.plugins.hss.core.watch.ScanRun;
import java.time.Clock;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Where a run's time comes from: the wall clock for real scans ({@link RealTime}), simulated time for the demo. */
interface Timeline extends AutoCloseable {

    Scheduler scheduler();

    Clock clock();

    /** Blocks until {@code run} has its report; the run's own error (e.g. an HSS refusal) is thrown as it is. */
    default ScanReport await(ScanRun run) throws Exception {
        return await(run.result(), run::cancel);
    }

    /**
     * Blocks until {@code result} is done, and runs {@code cancel} when waiting stops early; its
     * error is thrown as it is, a cancellation as an {@link InterruptedException}.
     */
    <T> T await(CompletableFuture<T> result, Runnable cancel) throws Exception;

    @Override
    void close();

    /** The value of a finished task, or the error it ended with. */
    static <T> T valueOf(CompletableFuture<T> result) throws Exception {
        try {
            return result.get();
        } catch (ExecutionException | CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (CancellationException e) {
            throw new InterruptedException("the scan run was cancelled");
        }
    }
}
