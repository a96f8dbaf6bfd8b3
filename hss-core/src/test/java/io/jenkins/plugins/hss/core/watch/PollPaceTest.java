package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.client.CallListener;
import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.model.WaitOptions;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.ScanOutcome;
import io.jenkins.plugins.hss.simulator.Scenario;
import io.jenkins.plugins.hss.simulator.TriggeredScan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, phase 2: polls spend the budget nothing else needs, at one pace, leaving a call of
 * every window to other calls; an image list's polls read what ended since the last complete
 * listing; the trigger's instant on the service's clock tells this run's results from earlier
 * ones; and the default timeout grows with the targets.
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
    void pollsLeaveOneCallOfEveryMinuteFreeHoweverManyPagesTheyRead() {
        Scenario.Builder scenario = Scenario.builder().scanDuration(Duration.ofMinutes(5));
        String[] images = IntStream.range(0, 1000).mapToObj(i -> "team-" + i % 7 + "/svc-" + i + ":1.0")
                .toArray(String[]::new);
        for (String image : images) {
            scenario.image(image);
        }
        cloud = new SimulatedHss(scenario.build(), simulator -> simulator.rateLimit(
                io.jenkins.plugins.hss.simulator.RateLimit.HSS), SimulatedHss.ACCESS_KEY);
        PageLog log = new PageLog(cloud.client(CallListener.NONE), cloud.clock);
        SharedPoller poller = cloud.poller(cloud.engine(CallBudget.HSS_DEFAULT), log);

        ScanReport report = cloud.finish(ScanRun.start(defaults(images), poller, WatchListener.NONE));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        List<Instant> calls = log.reads.stream().map(PageLog.Read::at).toList();
        assertThat(calls.size()).as("polls of 5 pages").isGreaterThan(10);
        assertThat(busiestMinute(calls)).as("list calls in any minute").isLessThanOrEqualTo(4);
    }

    @Test
    void anImageListsPollsReadWhatEndedSinceTheLastCompleteListingNotEverythingSinceTheTrigger() {
        int images = 300;
        Scenario.Builder scenario = Scenario.builder();
        // One scan ends every 12 s, over an hour.
        IntStream.range(0, images).forEach(i -> scenario.image("team-a/app-" + i + ":1.0",
                image -> image.scanDuration(Duration.ofMinutes(1).plusSeconds(12L * i))));
        cloud = new SimulatedHss(scenario.build());
        PageLog log = new PageLog(cloud.client(CallListener.NONE), cloud.clock);
        SharedPoller poller = cloud.poller(cloud.engine(CallBudget.HSS_DEFAULT.withPageSize(50)), log);
        String[] targets = IntStream.range(0, images).mapToObj(i -> "team-a/app-" + i + ":1.0").toArray(String[]::new);

        ScanReport report = cloud.finish(ScanRun.start(defaults(targets), poller, WatchListener.NONE));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        // Everything since the trigger in every poll would be some 150 rows a poll, 36,000 in all;
        // what ended since the last complete listing, less 30 s of settling, is some 4 rows per image.
        assertThat(log.rowsRead()).as("rows read").isLessThan(6 * images);
        assertThat(Duration.between(lastScanEnd(cloud), report.finishedAt()))
                .isLessThanOrEqualTo(WaitOptions.DEFAULT_POLL_INTERVAL);
    }

    @Test
    void aControllerWhoseClockLagsTheServiceNeverTakesAResultFromBeforeTheTriggerForItsOwn() {
        // The previous scan ended 3 minutes before the trigger, and shows for a minute after it.
        cloud = new SimulatedHss(Scenario.builder().startDelay(Duration.ofMinutes(1))
                .image("team-a/api:1.0", image -> image.previouslyScanned(START.minus(Duration.ofMinutes(3)))
                        .outcome(ScanOutcome.FAILED))
                .build());
        Clock behind = Clock.offset(cloud.clock, Duration.ofMinutes(-10));
        SharedPoller poller = cloud.poller(cloud.engine(behind, CallBudget.HSS_DEFAULT), cloud.client(CallListener.NONE));

        ScanReport report = cloud.finish(ScanRun.start(defaults("team-a/api:1.0"), poller, cloud.events::add));

        assertThat(report.outcome()).as("the new scan's result, not the previous success").isEqualTo(Outcome.FAILURE);
        assertThat(report.images()).singleElement().extracting(image -> image.state())
                .isEqualTo(WaitEnd.FINISHED);
        assertThat(report.images().get(0).scanTime()).isAfter(START);
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

    /** The most instants of {@code calls} in any 60-s window. */
    private static int busiestMinute(List<Instant> calls) {
        int most = 0;
        for (Instant from : calls) {
            Instant until = from.plus(Duration.ofMinutes(1));
            most = Math.max(most, (int) calls.stream().filter(at -> !at.isBefore(from) && at.isBefore(until)).count());
        }
        return most;
    }
}
