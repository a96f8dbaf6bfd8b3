package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.watch.ScanRun;
import io.jenkins.plugins.hss.core.watch.Scheduler;
import io.jenkins.plugins.hss.core.watch.VirtualTimeScheduler;
import io.jenkins.plugins.hss.simulator.MutableClock;
import java.time.Clock;
import java.time.Duration;

/**
 * Simulated time for the demo, shared by the watcher and the simulator: the run's tasks execute on
 * the command's thread, and each jump of the clock to the next task takes a small, proportional
 * pause of real time, so that minutes of scanning play out as a few seconds of visible progress.
 */
final class DemoTime implements Timeline {

    /** Simulated time per unit of real time: a minute of scanning shows for half a second. */
    static final int SPEEDUP = 120;
    private static final Duration LIMIT = Duration.ofHours(2);

    private final MutableClock clock;
    private final VirtualTimeScheduler scheduler;

    DemoTime(MutableClock clock) {
        this.clock = clock;
        this.scheduler = new VirtualTimeScheduler(clock, this::advance);
    }

    @Override
    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public ScanReport await(ScanRun run) throws Exception {
        if (!scheduler.runUntil(() -> run.result().isDone(), LIMIT)) {
            run.cancel();
        }
        return Timeline.reportOf(run);
    }

    private void advance(Duration step) {
        clock.advance(step);
        try {
            Thread.sleep(step.toMillis() / SPEEDUP);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        // nothing runs in the background: every task ran on the caller's thread
    }
}
