package io.jenkins.plugins.hss.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.client.HssClient;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.RateLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The request budget of issue 7 as a specification, in counts and simulated time only: one build
 * of 1,000 images, and one of 5,000 through {@code operate_all}, under HSS's limit. The full
 * benchmark (docs/performance.md) measures the rest.
 */
class RequestBudgetTest {

    private static final int IMAGES = 1000;

    /** What one build under the limit cost: its report, the simulator's counts, and its polls. */
    private record Run(ScanReport report, RequestCounts counts, VerdictTiming timing) {
    }

    @Test
    void aThousandImagesCostAtMostHalfAgainTheFloorTenTimesFewerThanTheNaiveWayAndNo429() throws Exception {
        Run run = run(IMAGES, (scenario, projectId) -> BenchSettings.imageList(scenario.refs(), projectId));

        assertThat(run.report().images()).hasSize(IMAGES);
        assertThat(run.counts().throttled()).isZero();
        assertThat(run.counts().batchScan()).isEqualTo(1);
        assertThat((double) run.counts().hssCalls())
                .isLessThanOrEqualTo(1.5 * Floors.requests(IMAGES, run.timing().polls()));
        assertThat(Floors.naiveRequests(IMAGES)).isGreaterThanOrEqualTo(10 * run.counts().hssCalls());
        assertThat(run.timing().delay()).isLessThanOrEqualTo(run.timing().interval());
    }

    @Test
    void fiveThousandImagesThroughOperateAllCostWithinATenthOfTheirFloor() throws Exception {
        int images = 5000;
        Run run = run(images, (scenario, projectId) -> BenchSettings.everyPrivateImage(projectId));

        assertThat(run.report().images()).hasSize(images);
        assertThat(run.report().verdict().unlisted().any()).isFalse();
        assertThat(run.counts().throttled()).isZero();
        long floor = Floors.selectionRequests(images, run.timing().polls());
        assertThat((double) run.counts().hssCalls()).as("the floor is %d", floor).isLessThanOrEqualTo(1.1 * floor);
    }

    private static Run run(int images, BiFunction<BenchScenario, String, ScanSettings> settings) throws Exception {
        Instant start = SimulatedHss.startOfRun();
        BenchScenario scenario = BenchScenario.privateImages(images, start);
        try (SimulatedHss hss = SimulatedHss.start(scenario, RateLimit.HSS, start);
             HssClient client = EngineClients.accessKey(hss.baseUrl(), hss.projectId(), hss.clock())) {
            PollRecorder recorder = new PollRecorder(client, hss.clock());
            EngineBuilds.Outcome outcome = EngineBuilds.run(recorder, hss.clock(), hss.clock()::advance,
                    List.of(settings.apply(scenario, hss.projectId())), Duration.ofHours(2));
            ScanReport report = outcome.reports().get(0);
            return new Run(report, hss.counts(), VerdictTiming.of(report, recorder.pages()));
        }
    }
}
