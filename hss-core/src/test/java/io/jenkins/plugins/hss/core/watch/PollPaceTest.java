package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.gate.Outcome;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.Scenario;
import io.jenkins.plugins.hss.simulator.TriggeredScan;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, phase 2: polls spend the budget nothing else needs, at one pace, leaving a call of
 * every window to other calls; and the default timeout grows with the targets.
 */
class PollPaceTest {

    private static final Instant START = SimulatedHss.START;

    private SimulatedHss cloud;

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    private ScanSettings defaults(String... images) {
        return cloud.settings(images).waitOptions(WaitOptions.defaults()).build();
    }

    private static Instant lastScanEnd(SimulatedHss cloud) {
        return cloud.hss.scans().stream().map(TriggeredScan::completedAt).max(Instant::compareTo).orElseThrow();
    }

    @Test
    void aScanThatEndsLateIsSeenWithinOnePollIntervalOfItsEndNotAfterABackOff() {
        cloud = new SimulatedHss(Scenario.builder()
                .image("team-a/api:1.0", image -> image.scanDuration(Duration.ofMinutes(20))).build());

        ScanReport report = cloud.finish(cloud.start(defaults("team-a/api:1.0")));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(Duration.between(lastScanEnd(cloud), report.finishedAt()))
                .isLessThanOrEqualTo(WaitOptions.DEFAULT_POLL_INTERVAL);
    }

    @Test
    void theDefaultTimeoutGrowsWithTheTargetsAndACountedSelectionsWithWhatItCounted() {
        cloud = new SimulatedHss(HssEngineTest.images(12));
        ScanRun list = cloud.start(defaults("team/svc-0:1.0", "team/svc-1:1.0", "team/svc-2:1.0"));
        ScanRun selection = cloud.start(cloud.settings().operateAll(true).waitOptions(WaitOptions.defaults()).build());
        cloud.runUntil(() -> cloud.events(WatchEvent.Triggered.class).size() == 2);

        Duration base = WaitOptions.DEFAULT_TIMEOUT_BASE;
        Duration perTarget = WaitOptions.DEFAULT_TIMEOUT_PER_TARGET;
        assertThat(list.deadline()).isEqualTo(START.plus(base).plus(perTarget.multipliedBy(3)));
        assertThat(selection.deadline()).isEqualTo(START.plus(base).plus(perTarget.multipliedBy(12)));
        assertThat(cloud.finish(selection).outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(cloud.finish(list).outcome()).isEqualTo(Outcome.SUCCESS);
    }
}
