package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.report.VulnerabilityDetails;
import io.jenkins.plugins.hss.core.time.Cancellable;
import io.jenkins.plugins.hss.core.watch.Connection;
import io.jenkins.plugins.hss.core.watch.HssEngine;
import io.jenkins.plugins.hss.core.watch.ScanRun;
import io.jenkins.plugins.hss.core.watch.WatchEvent;
import io.jenkins.plugins.hss.core.watch.WatchListener;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The engine of one invocation: a command line makes one for its one run, its tasks (HTTP calls
 * included) on the {@link Timeline}'s scheduler, its budget HSS's per-user limit, shared through
 * the call ledger with every other {@code hss-scan} of the user on the machine.
 *
 * @param budget how fast each API may be called
 * @param ledger the directory of the call ledger, or null for a budget of this process only
 */
record EngineRun(Connection connection, CallBudget budget, Path ledger) {

    /** How long an interrupted run waits for its scan task to be stopped: the process is ending. */
    static final Duration STOP_WAIT = Duration.ofSeconds(10);

    /**
     * Runs the scan {@code settings} describe and waits for its report on {@code time}, then, when
     * {@code listVulnerabilities}, for the vulnerability lists the report names (within the run's
     * deadline); a {@code cancellation} ends either wait with a {@link RunInterruptedException}, once
     * the run's scan task was stopped (at most {@link #STOP_WAIT}).
     */
    ScanOutput run(ScanSettings settings, Timeline time, WatchListener listener, RunCancellation cancellation,
                   boolean listVulnerabilities) throws Exception {
        try (HssEngine engine = engine(time)) {
            ScanRun run = engine.start(settings, connection, listener);
            try {
                ScanReport report = time.await(cancellation.guard(run));
                if (!listVulnerabilities) {
                    return new ScanOutput(report, VulnerabilityDetails.NONE);
                }
                var lists = cancellation.guard(run.vulnerabilityDetails(report));
                return new ScanOutput(report, time.await(lists, () -> lists.cancel(false)));
            } catch (InterruptedException e) {
                throw new RunInterruptedException(awaitStop(time, cancellation.stopping()));
            }
        }
    }

    /**
     * Waits, before the engine closes, at most {@link #STOP_WAIT} for the stop of the run's scan
     * task that the interrupt asked for; the stop's event was told to the listener.
     *
     * @return the stop's event, or null when there was no stop or it did not end in time
     */
    private static WatchEvent awaitStop(Timeline time, CompletableFuture<WatchEvent> stopping) throws Exception {
        if (stopping == null) {
            return null;
        }
        CompletableFuture<WatchEvent> bounded = new CompletableFuture<>();
        stopping.whenComplete((event, error) -> bounded.complete(event));
        Cancellable timer = time.scheduler().schedule(() -> bounded.complete(null), STOP_WAIT);
        try {
            return time.await(bounded, () -> bounded.complete(null));
        } finally {
            timer.cancel();
        }
    }

    private HssEngine engine(Timeline time) {
        HssEngine.Builder engine = HssEngine.builder(time.scheduler(), time.clock()).budget(budget);
        if (ledger != null) {
            try {
                engine.sharedLedger(ledger);
            } catch (IOException e) {
                throw new InvalidInput("--call-ledger: cannot keep the call ledger in " + ledger + " (" + e
                        + "): give a directory you may write to, or --call-ledger none");
            }
        }
        return engine.build();
    }
}
