package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.core.client.HssApi;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.watch.CallBudget;
import io.jenkins.plugins.hss.core.watch.PollerKey;
import io.jenkins.plugins.hss.core.watch.PollerRegistry;
import io.jenkins.plugins.hss.core.watch.ScanRun;
import io.jenkins.plugins.hss.core.watch.VirtualTimeScheduler;
import io.jenkins.plugins.hss.core.watch.WatchListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Our way: concurrent builds on one credential, each a {@link ScanRun}, all on the one poller a
 * controller keeps per credential, driven by a {@link VirtualTimeScheduler} on the simulated
 * clock. Every task, HTTP calls included, runs on the calling thread, whose CPU time is thus the
 * client's.
 */
final class EngineBuilds {

    /**
     * @param timeToAllVerdicts from the start to the last run's verdict
     */
    record Outcome(List<ScanReport> reports, Duration timeToAllVerdicts) {
    }

    private EngineBuilds() {
    }

    /**
     * @param advance     moves {@code clock} (and the simulator's) forward
     * @param giveUpAfter simulated time after which the runs count as hung
     */
    static Outcome run(HssApi api, Clock clock, Consumer<Duration> advance, List<ScanSettings> builds,
                       Duration giveUpAfter) {
        VirtualTimeScheduler scheduler = new VirtualTimeScheduler(clock, advance);
        PollerRegistry registry = new PollerRegistry(scheduler, clock, CallBudget.HSS_DEFAULT);
        var poller = registry.poller(new PollerKey("ak:" + SimulatedHss.ACCESS_KEY, "bench", "simulator"), () -> api);
        Instant start = clock.instant();
        List<ScanRun> runs = builds.stream().map(settings -> ScanRun.start(settings, poller, WatchListener.NONE)).toList();
        boolean done = scheduler.runUntil(() -> runs.stream().allMatch(run -> run.result().isDone()), giveUpAfter);
        if (!done) {
            throw new IllegalStateException("the runs had no verdict within " + giveUpAfter + " of simulated time");
        }
        List<ScanReport> reports = runs.stream().map(run -> run.result().join()).toList();
        Instant lastVerdict = reports.stream().map(ScanReport::finishedAt).max(Instant::compareTo).orElseThrow();
        return new Outcome(reports, Duration.between(start, lastVerdict));
    }
}
