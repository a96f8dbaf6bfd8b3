package io.jenkins.plugins.hss.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.simulator.ImageRef;
import io.jenkins.plugins.hss.simulator.RateLimit;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline is what the benchmark says it is: one list call per pending image per interval. */
class NaiveSdkScriptTest {

    @Test
    void triggersOnceThenListsEveryPendingImageEveryIntervalUntilTheScansEnd() {
        BenchScenario scenario = BenchScenario.privateImages(10, SimulatedHss.startOfRun());
        try (SimulatedHss hss = SimulatedHss.start(scenario, null, SimulatedHss.startOfRun())) {
            NaiveBuilds.Outcome outcome = NaiveBuilds.run(hss, List.of(scenario.refs()), Duration.ofHours(1));

            // Scans end 70 s after the trigger: the rounds at 30 s and 60 s see them running, 90 s sees them done.
            assertThat(outcome.counts().batchScan()).isEqualTo(1);
            assertThat(outcome.counts().listImages()).isEqualTo(3 * 10);
            assertThat(outcome.counts().hssCalls()).isEqualTo(Floors.naiveRequests(10));
            assertThat(outcome.timeToAllVerdicts()).isEqualTo(Duration.ofSeconds(90));
        }
    }

    @Test
    void concurrentScriptsOnOneCredentialMeetTheRateLimit() {
        BenchScenario scenario = BenchScenario.privateImages(20, SimulatedHss.startOfRun());
        List<List<ImageRef>> builds =
                List.of(scenario.refs().subList(0, 10), scenario.refs().subList(10, 20));
        try (SimulatedHss hss = SimulatedHss.start(scenario, RateLimit.HSS, SimulatedHss.startOfRun())) {
            NaiveBuilds.Outcome outcome = NaiveBuilds.run(hss, builds, Duration.ofHours(2));

            assertThat(outcome.counts().throttled()).isPositive();
        }
    }
}
