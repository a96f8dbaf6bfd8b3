package io.jenkins.plugins.hss.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.client.HssClient;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.RateLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The request budget of issue 7 as a specification, in counts and simulated time only: one build
 * of 1,000 images under HSS's limit. The full benchmark (docs/performance.md) measures the rest.
 */
class RequestBudgetTest {

    private static final int IMAGES = 1000;

    @Test
    void aThousandImagesCostHalfAgainTheFloorAtMostTenTimesFewerThanTheNaiveWayAndNo429() throws Exception {
        Instant start = SimulatedHss.startOfRun();
        BenchScenario scenario = BenchScenario.privateImages(IMAGES, start);
        try (SimulatedHss hss = SimulatedHss.start(scenario, RateLimit.HSS, start);
             HssClient client = EngineClients.accessKey(hss.baseUrl(), hss.projectId(), hss.clock(),
                     hss.clock()::advance)) {
            PollRecorder recorder = new PollRecorder(client, hss.clock());
            EngineBuilds.Outcome outcome = EngineBuilds.run(recorder, hss.clock(), hss.clock()::advance,
                    List.of(BenchSettings.imageList(scenario.refs(), hss.projectId())), Duration.ofHours(1));
            ScanReport report = outcome.reports().get(0);
            VerdictTiming timing = VerdictTiming.of(report, recorder.pages());
            RequestCounts counts = hss.counts();

            assertThat(report.images()).hasSize(IMAGES);
            assertThat(counts.throttled()).isZero();
            assertThat(counts.batchScan()).isEqualTo(1);
            assertThat((double) counts.hssCalls()).isLessThanOrEqualTo(1.5 * Floors.requests(IMAGES, timing.polls() + 1));
            assertThat(Floors.naiveRequests(IMAGES)).isGreaterThanOrEqualTo(10 * counts.hssCalls());
            assertThat(timing.delay()).isLessThanOrEqualTo(timing.interval());
        }
    }
}
