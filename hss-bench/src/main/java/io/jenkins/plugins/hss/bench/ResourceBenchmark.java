package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.simulator.RateLimit;
import io.jenkins.plugins.hss.simulator.ScanRules;
import java.io.IOException;

/**
 * The client's CPU and heap for one build of N images, in a JVM of its own with a bounded heap
 * ({@link ForkedClient}), against a simulator of this process with realistic scans: image list
 * up to {@value ScaleBenchmark#LARGEST_IMAGE_LIST} images, {@code operate_all} above.
 *
 * @param simulatorCpuNanos CPU of this process (the simulator) while the client ran
 */
record ResourceBenchmark(int images, boolean operateAll, ClientFigures client, long simulatorCpuNanos) {

    static ResourceBenchmark measure(int images, ScanRules rules) throws IOException, InterruptedException {
        boolean operateAll = images > ScaleBenchmark.LARGEST_IMAGE_LIST;
        var start = SimulatedHss.startOfRun();
        try (SimulatedHss hss = SimulatedHss.start(BenchScenario.privateImages(images, start, rules), RateLimit.HSS,
                start)) {
            ResourceMeter meter = ResourceMeter.start();
            ClientFigures client = ForkedClient.run(hss, images, operateAll);
            return new ResourceBenchmark(images, operateAll, client, meter.stop().processCpuNanos());
        }
    }
}
