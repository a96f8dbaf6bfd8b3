package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.client.CallListener;
import io.jenkins.plugins.hss.core.client.HssApi;
import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.model.GatePolicy;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ScanStatus;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.PreviousScan;
import io.jenkins.plugins.hss.simulator.ScanOutcome;
import io.jenkins.plugins.hss.simulator.Scenario;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An {@code operate_all} run counts its targets before the trigger instead of listing them, and
 * discovers them as their scans finish: against the simulator, what that saves and what it must
 * never get wrong.
 */
class CountedSelectionTest {

    private static final Instant LAST_WEEK = SimulatedHss.START.minus(Duration.ofDays(7));

    private SimulatedHss cloud;

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    @Test
    void beforeTheTriggerACountAndOnePageOfRecentScansReplaceTheWholeListing() {
        cloud = new SimulatedHss(scannedLastWeek(450));
        AtomicLong listsBeforeTrigger = new AtomicLong(-1);

        ScanRun run = ScanRun.start(cloud.settings().operateAll(true).namespace("team-a").build(), cloud.poller(),
                event -> {
                    cloud.events.add(event);
                    if (event instanceof WatchEvent.Triggered) {
                        listsBeforeTrigger.set(cloud.requests(Endpoint.LIST_SWR_IMAGES));
                    }
                });
        ScanReport report = cloud.finish(run);

        assertThat(listsBeforeTrigger.get()).as("one count, one page of recent scans (none: a listing takes 3)")
                .isEqualTo(2);
        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.images()).hasSize(450)
                .allMatch(image -> image.scanTime().isAfter(report.triggeredAt()));
        assertThat(report.verdict().unlisted().any()).isFalse();
        assertThat(cloud.events(WatchEvent.Resolved.class)).singleElement().extracting(WatchEvent.Resolved::targets)
                .isEqualTo(450);
        assertThat(cloud.events(WatchEvent.Triggered.class)).singleElement().extracting(WatchEvent.Triggered::images)
                .isEqualTo(450);
    }

    @Test
    void aRunThatOnlyTriggersCountsTheSelectionAsNotWaitedFor() {
        cloud = new SimulatedHss(scannedLastWeek(450));
        var settings = cloud.settings().operateAll(true).namespace("team-a")
                .waitOptions(SimulatedHss.quickWait().waitForResults(false).build()).build();

        ScanReport report = cloud.finish(cloud.start(settings));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.images()).isEmpty();
        assertThat(report.verdict().unlisted()).extracting(u -> u.count(), u -> u.state())
                .containsExactly(450, WaitEnd.NOT_WAITED);
        assertThat(report.totals()).containsExactly(Map.entry("not_waited", 450));
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isEqualTo(1);
        assertThat(cloud.requests(Endpoint.LIST_SWR_IMAGES)).as("the count and one page of recent scans").isEqualTo(2);
    }

    @Test
    void aPreviousScanMomentsBeforeTheTriggerIsRecordedAndNeverPassesForThisRunsScan() {
        cloud = new SimulatedHss(Scenario.builder()
                .startDelay(Duration.ofSeconds(30)).scanDuration(Duration.ofMinutes(2))
                .image("team-a/api:1.0", image -> image.previouslyScanned(SimulatedHss.START.minusSeconds(60))
                        .outcome(ScanOutcome.FAILED))
                .image("team-a/web:1.0", image -> image.previouslyScanned(LAST_WEEK))
                .build());

        ScanRun run = cloud.start(cloud.settings().operateAll(true).namespace("team-a").build());
        cloud.runUntil(() -> cloud.requests(Endpoint.LIST_SWR_IMAGES) >= 5);

        assertThat(run.result()).as("polls during the stale window saw the success of a minute ago").isNotDone();
        ScanReport report = cloud.finish(run);
        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.images()).hasSize(2)
                .allMatch(image -> image.scanTime().isAfter(report.triggeredAt()));
        assertThat(report.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(150));
    }

    @Test
    void theImagesNoPollSawFinishAreCountedAtTheTimeoutAndTakeTheTimeoutRule() {
        cloud = new SimulatedHss(Scenario.builder()
                .image("team-a/api:1.0")
                .image("team-a/web:1.0")
                .image("team-a/huge:1.0", image -> image.scanDuration(Duration.ofHours(2)))
                .build());
        var settings = cloud.settings().operateAll(true).namespace("team-a")
                .gate(GatePolicy.builder().onTimeout(Outcome.UNSTABLE).build())
                .waitOptions(SimulatedHss.quickWait().timeout(Duration.ofMinutes(20)).build()).build();

        ScanReport report = cloud.finish(cloud.start(settings));

        assertThat(report.images()).extracting(image -> image.reference())
                .containsExactlyInAnyOrder("team-a/api:1.0", "team-a/web:1.0");
        assertThat(report.verdict().unlisted().count()).isEqualTo(1);
        assertThat(report.verdict().unlisted().state()).isEqualTo(WaitEnd.TIMED_OUT);
        assertThat(report.outcome()).isEqualTo(Outcome.UNSTABLE);
        assertThat(report.verdict().decidedByTimeout()).isTrue();
        assertThat(report.verdict().reasons()).containsExactly(
                "1 more images of the selection had not shown a finished scan when the wait timed out");
        assertThat(report.totals()).containsEntry("timed_out", 1).containsEntry("success", 2);
        assertThat(cloud.events(WatchEvent.TimedOut.class)).singleElement()
                .extracting(WatchEvent.TimedOut::unlisted).isEqualTo(1);
    }

    @Test
    void anImageUpdatedAfterTheCountIsNeitherCountedNorTakenForATarget() {
        cloud = new SimulatedHss(Scenario.builder()
                .image("team-a/api:1.0", image -> image.outcome(ScanOutcome.FAILED))
                .image("team-a/pushed-later:1.0", image -> image.updatedAt(SimulatedHss.START.plusSeconds(5)))
                .build());

        ScanReport report = cloud.finish(cloud.start(cloud.settings().operateAll(true).namespace("team-a").build()));

        assertThat(report.images()).extracting(image -> image.reference()).containsExactly("team-a/api:1.0");
        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.verdict().unlisted().any()).isFalse();
    }

    @Test
    void aSelectionByScanStatusIsListedBeforeTheTriggerSinceTheScansChangeWhatItSelects() {
        cloud = new SimulatedHss(Scenario.builder()
                .image("team-a/was-broken:1.0", image -> image.previousScan(
                        new PreviousScan(ScanOutcome.FAILED, LAST_WEEK, null)))
                .image("team-a/fine:1.0", image -> image.previouslyScanned(LAST_WEEK))
                .build());
        var settings = cloud.settings().operateAll(true).namespace("team-a").scanStatus(ScanStatus.FAILED).build();

        ScanReport report = cloud.finish(cloud.start(settings));

        assertThat(report.images()).extracting(image -> image.reference()).containsExactly("team-a/was-broken:1.0");
        assertThat(report.images()).singleElement().extracting(image -> image.status()).isEqualTo("success");
        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void asPollsProveThePastSeenTheyListOnlyTheScansThatEndedSince() {
        // Scans end one every 6 s over an hour, as a large selection does.
        cloud = new SimulatedHss(endingOneAfterAnother(600, Duration.ofSeconds(6)));
        PageLog log = new PageLog(cloud.client(CallListener.NONE), cloud.clock);

        ScanReport report = waitForTeamA(log);

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.images()).hasSize(600)
                .allMatch(image -> image.scanTime().isAfter(report.triggeredAt()));
        PageLog.Read last = log.reads.get(log.reads.size() - 1);
        assertThat(Instant.ofEpochMilli(last.since())).as("the last poll's range")
                .isAfter(last.at().minus(Duration.ofMinutes(10)));
        Instant lastScanEnd = report.triggeredAt().plus(Duration.ofSeconds(10 + 60 + 6 * 599));
        assertThat(Duration.between(lastScanEnd, report.finishedAt())).as("verdict delay")
                .isLessThanOrEqualTo(Duration.ofMinutes(2));
        long pagesRead = log.reads.stream().filter(read -> read.at().isAfter(report.triggeredAt())).count();
        assertThat(pagesRead).as("pages read after the trigger: about one per poll, where listing all that ended"
                + " in every poll takes about 130").isLessThan(90);
    }

    @Test
    void whileScansKeepEndingAClosedRangeThatNoScanCanEnterStillMovesTheBoundOn() {
        // 300 scans end every minute for 20 minutes: a listing of several pages is never still.
        cloud = new SimulatedHss(endingOneAfterAnother(6000, Duration.ofMillis(200)));
        PageLog log = new PageLog(cloud.client(CallListener.NONE), cloud.clock);

        ScanReport report = waitForTeamA(log);

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.images()).hasSize(6000)
                .allMatch(image -> image.scanTime().isAfter(report.triggeredAt()));
        Instant lastScanEnd = report.triggeredAt().plus(Duration.ofMillis(10_000 + 60_000 + 200L * 5999));
        assertThat(Duration.between(lastScanEnd, report.finishedAt())).as("verdict delay")
                .isLessThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(log.reads.stream().map(PageLog.Read::since).distinct().count())
                .as("the bound moved poll after poll").isGreaterThan(10);
    }

    @Test
    void aControllerWhoseClockRunsTenMinutesAheadStillSeesEveryScanEnd() {
        cloud = new SimulatedHss(Scenario.builder()
                .image("team-a/api:1.0", image -> image.previouslyScanned(LAST_WEEK))
                .image("team-a/web:1.0", image -> image.outcome(ScanOutcome.FAILED))
                .image("team-b/worker:1.0")
                .build());
        Clock ahead = Clock.offset(cloud.clock, Duration.ofMinutes(10));
        HssEngine registry = cloud.engine(ahead, CallBudget.HSS_DEFAULT);
        SharedPoller poller = cloud.poller(registry, cloud.client(CallListener.NONE));

        ScanReport selection = cloud.finish(ScanRun.start(cloud.settings().operateAll(true).namespace("team-a").build(),
                poller, cloud.events::add));
        ScanReport list = cloud.finish(ScanRun.start(cloud.settings("team-b/worker:1.0").build(), poller,
                cloud.events::add));

        assertThat(selection.images()).extracting(image -> image.state()).containsOnly(WaitEnd.FINISHED);
        assertThat(selection.images()).hasSize(2);
        assertThat(selection.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(selection.elapsed()).isLessThan(Duration.ofMinutes(10));
        assertThat(list.images()).singleElement().extracting(image -> image.state()).isEqualTo(WaitEnd.FINISHED);
        assertThat(list.elapsed()).isLessThan(Duration.ofMinutes(10));
    }

    /** {@code count} images of team-a scanned last week, whose next scans end {@code apart} one after the other. */
    private static Scenario endingOneAfterAnother(int count, Duration apart) {
        Scenario.Builder scenario = Scenario.builder();
        for (int i = 0; i < count; i++) {
            Duration scan = Duration.ofMinutes(1).plus(apart.multipliedBy(i));
            scenario.image("team-a/app-" + i + ":1.0", image -> image.previouslyScanned(LAST_WEEK).scanDuration(scan));
        }
        return scenario.build();
    }

    /** An operate_all run over team-a through {@code api}, waiting up to two hours, to its report. */
    private ScanReport waitForTeamA(HssApi api) {
        SharedPoller poller = cloud.poller(cloud.engine(CallBudget.HSS_DEFAULT), api);
        var settings = cloud.settings().operateAll(true).namespace("team-a")
                .waitOptions(SimulatedHss.quickWait().timeout(Duration.ofHours(2)).build()).build();
        return cloud.finish(ScanRun.start(settings, poller, cloud.events::add));
    }

    /** {@code count} images of team-a, each scanned last week. */
    private static Scenario scannedLastWeek(int count) {
        Scenario.Builder scenario = Scenario.builder();
        for (int i = 0; i < count; i++) {
            scenario.image("team-a/app-" + i + ":1.0", image -> image.previouslyScanned(LAST_WEEK));
        }
        return scenario.build();
    }
}
