package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.core.client.HssApi;
import io.jenkins.plugins.hss.core.gate.ImageVerdict;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.watch.CallBudget;
import io.jenkins.plugins.hss.core.watch.PollerKey;
import io.jenkins.plugins.hss.core.watch.PollerRegistry;
import io.jenkins.plugins.hss.core.watch.ScanRun;
import io.jenkins.plugins.hss.core.watch.SharedPoller;
import io.jenkins.plugins.hss.core.watch.VirtualTimeScheduler;
import io.jenkins.plugins.hss.core.watch.WatchListener;
import io.jenkins.plugins.hss.simulator.TriggeredScan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Our way: builds started at one instant on one credential, each a {@link ScanRun} as the faces
 * start it. Each process (a Jenkins controller, or one CLI run) keeps one {@link PollerRegistry},
 * so its builds of one project share a poller; all of them run on one {@link VirtualTimeScheduler}
 * on the simulated clock. Every task, HTTP calls included, runs on the calling thread, whose CPU
 * time is thus the client's.
 */
final class EngineBuilds {

    /** @param start when the builds started, their first request */
    record Outcome(List<ScanReport> reports, Instant start) {

        /** Build {@code i}'s wait, with the end of its scans as {@code scans} tell it. */
        BuildTiming timing(int i, BuildPlan plan, List<TriggeredScan> scans) {
            ScanReport report = reports.get(i);
            boolean timedOut = report.verdict().unlisted().any()
                    || report.images().stream().map(ImageVerdict::image).anyMatch(image -> image.state().waitRanOut());
            return new BuildTiming(start, report.triggeredAt(), BuildTiming.lastEnd(plan.targets(), scans),
                    report.finishedAt(), timedOut);
        }
    }

    private EngineBuilds() {
    }

    /**
     * @param clients     the client of a project (shared by the processes: it holds no budget)
     * @param advance     moves {@code clock} (and the simulator's) forward
     * @param timeout     each build's timeout
     * @param giveUpAfter simulated time after which the runs count as hung
     */
    static Outcome run(Function<String, HssApi> clients, Clock clock, Consumer<Duration> advance,
                       List<BuildPlan> builds, Duration timeout, Duration giveUpAfter) {
        VirtualTimeScheduler scheduler = new VirtualTimeScheduler(clock, advance);
        Map<Integer, PollerRegistry> processes = new HashMap<>();
        Instant start = clock.instant();
        List<ScanRun> runs = new ArrayList<>();
        for (BuildPlan plan : builds) {
            PollerRegistry registry = processes.computeIfAbsent(plan.process(),
                    process -> new PollerRegistry(scheduler, clock, CallBudget.HSS_DEFAULT));
            SharedPoller poller = registry.poller(new PollerKey("ak:" + SimulatedHss.ACCESS_KEY, plan.projectId(),
                    "simulator"), () -> clients.apply(plan.projectId()));
            runs.add(ScanRun.start(BenchSettings.of(plan, timeout), poller, WatchListener.NONE));
        }
        boolean done = scheduler.runUntil(() -> runs.stream().allMatch(run -> run.result().isDone()), giveUpAfter);
        if (!done) {
            throw new IllegalStateException("the runs had no verdict within " + giveUpAfter + " of simulated time");
        }
        return new Outcome(runs.stream().map(run -> run.result().join()).toList(), start);
    }
}
