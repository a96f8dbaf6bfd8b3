package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.time.VirtualTimeScheduler;
import io.jenkins.plugins.hss.core.watch.Connection;
import io.jenkins.plugins.hss.core.watch.HssEngine;
import io.jenkins.plugins.hss.core.watch.ScanRun;
import io.jenkins.plugins.hss.core.watch.WatchListener;
import io.jenkins.plugins.hss.simulator.TriggeredScan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Our way: builds started at one instant on one credential, each a {@link ScanRun} as the faces
 * start it. Each process (a Jenkins controller, or one CLI run) makes one {@link HssEngine}, so
 * its builds share one budget for the user whatever their project; CLI processes share theirs
 * through a call ledger in one directory, as {@code hss-scan} does by default. All of them run on
 * one {@link VirtualTimeScheduler} on the simulated clock. Every task, HTTP calls included, runs
 * on the calling thread, whose CPU time is thus the client's.
 */
final class EngineBuilds {

    /** @param start when the builds started, their first request */
    record Outcome(List<ScanReport> reports, Instant start) {

        /** Build {@code i}'s wait, with the end of its scans as {@code scans} tell it. */
        BuildTiming timing(int i, BuildPlan plan, List<TriggeredScan> scans) {
            ScanReport report = reports.get(i);
            boolean timedOut = report.verdict().unlisted().any()
                    || report.images().stream().anyMatch(image -> image.state().waitRanOut());
            return new BuildTiming(start, report.triggeredAt(), BuildTiming.lastEnd(plan.targets(), scans),
                    report.finishedAt(), timedOut);
        }
    }

    private EngineBuilds() {
    }

    /**
     * @param connection  the simulator, as every process reaches it
     * @param advance     moves {@code clock} (and the simulator's) forward
     * @param timeout     each build's timeout
     * @param pace        how often each build polls
     * @param giveUpAfter simulated time after which the runs count as hung
     */
    static Outcome run(Connection connection, Clock clock, Consumer<Duration> advance, List<BuildPlan> builds,
                       Duration timeout, BenchSettings.Pace pace, Duration giveUpAfter) {
        VirtualTimeScheduler scheduler = new VirtualTimeScheduler(clock, advance);
        boolean processes = builds.stream().map(BuildPlan::process).distinct().count() > 1;
        Path ledger = processes ? temporaryDirectory() : null;
        Map<Integer, HssEngine> engines = new HashMap<>();
        try {
            Instant start = clock.instant();
            List<ScanRun> runs = new ArrayList<>();
            for (BuildPlan plan : builds) {
                HssEngine engine = engines.computeIfAbsent(plan.process(),
                        process -> engine(scheduler, clock, ledger));
                runs.add(engine.start(BenchSettings.of(plan, timeout, pace), connection, WatchListener.NONE));
            }
            boolean done = scheduler.runUntil(() -> runs.stream().allMatch(run -> run.result().isDone()), giveUpAfter);
            if (!done) {
                throw new IllegalStateException("the runs had no verdict within " + giveUpAfter + " of simulated time");
            }
            return new Outcome(runs.stream().map(run -> run.result().join()).toList(), start);
        } finally {
            engines.values().forEach(HssEngine::close);
            if (ledger != null) {
                delete(ledger);
            }
        }
    }

    /** A process's engine, on simulated time. */
    private static HssEngine engine(VirtualTimeScheduler scheduler, Clock clock, Path ledger) {
        HssEngine.Builder engine = HssEngine.builder(scheduler, clock);
        try {
            return (ledger == null ? engine : engine.sharedLedger(ledger)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("hss-bench-ledger");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
