package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.simulator.RateLimit;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * One build scanning N images, our way and the naive way, each against a fresh simulator holding
 * exactly those images. Ours runs in its own JVM under HSS's rate limit (it must meet no 429);
 * the naive script runs without the limit, so that its count is what its rule asks for rather
 * than what the limit lets through. Above {@value #LARGEST_IMAGE_LIST} images the build scans
 * through {@code operate_all}, and the naive count is its rule's, not run.
 */
final class ScaleBenchmark {

    static final int LARGEST_IMAGE_LIST = 1000;

    /**
     * @param naiveRequests measured, or by {@link Floors#naiveRequests} when {@code naiveRun} is false
     * @param simulatorCpuNanos CPU of this process (the simulator) while the client ran
     */
    record Figures(int images, boolean operateAll, Duration endingOver, RequestCounts ours, long floor,
                   long naiveRequests, boolean naiveRun, ClientFigures client, long simulatorCpuNanos) {

        double perFloor() {
            return (double) ours.hssCalls() / floor;
        }

        double naivePerOurs() {
            return (double) naiveRequests / ours.hssCalls();
        }
    }

    private ScaleBenchmark() {
    }

    /**
     * @param endingOver {@link Duration#ZERO}: every scan ends 70 s after the trigger; else the
     *                   scans end one after the other over that time
     */
    static Figures measure(int images, Duration endingOver) throws IOException, InterruptedException {
        boolean operateAll = images > LARGEST_IMAGE_LIST;
        var start = SimulatedHss.startOfRun();
        BenchScenario scenario = BenchScenario.privateImages(images, start, endingOver);
        ClientFigures client;
        ResourceMeter.Use simulator;
        try (SimulatedHss hss = SimulatedHss.start(scenario, RateLimit.HSS, start)) {
            ResourceMeter meter = ResourceMeter.start();
            client = ForkedClient.run(hss, images, operateAll);
            simulator = meter.stop();
        }
        RequestCounts ours = client.counts();
        if (operateAll) {
            return new Figures(images, true, endingOver, ours, Floors.selectionRequests(images, client.polls()),
                    Floors.naiveRequests(images, endingOver), false, client, simulator.processCpuNanos());
        }
        return new Figures(images, false, endingOver, ours, Floors.requests(images, client.polls()),
                naive(scenario).hssCalls(), true, client, simulator.processCpuNanos());
    }

    private static RequestCounts naive(BenchScenario scenario) {
        var start = SimulatedHss.startOfRun();
        try (SimulatedHss hss = SimulatedHss.start(scenario, null, start)) {
            return NaiveBuilds.run(hss, List.of(scenario.refs()), Duration.ofHours(1)).counts();
        }
    }
}
