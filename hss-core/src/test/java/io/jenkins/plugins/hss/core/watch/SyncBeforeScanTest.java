package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.client.CallListener;
import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.sync.SyncPlan;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.Fault;
import io.jenkins.plugins.hss.simulator.RateLimit;
import io.jenkins.plugins.hss.simulator.RepairNecessity;
import io.jenkins.plugins.hss.simulator.Scenario;
import io.jenkins.plugins.hss.simulator.Vulnerability;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, sync before scan: a tag pushed just before the run is in SWR but not in HSS's list
 * until HSS syncs its copy of the repository. The run, which triggers an image list at once (HSS
 * skips a name it does not list), learns at its first poll that HSS does not list the image, asks
 * HSS to sync, waits for the image, triggers it, and scans and gates it; with sync off, or when
 * the sync fails, the image is not found, and the reason says why. Against the simulator, with
 * HSS's rate limit on, on simulated time.
 */
class SyncBeforeScanTest {

    private static final Instant START = SimulatedHss.START;
    private static final String LISTED = "team-a/api:1.0";
    private static final String PUSHED = "team-a/app:1.1";

    private SimulatedHss cloud;

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    /** One image HSS lists, and {@link #PUSHED} with an immediate_repair vulnerability, pushed just now. */
    private void pushedJustNow() {
        cloud = new SimulatedHss(Scenario.builder().image(LISTED).build(),
                simulator -> simulator.rateLimit(RateLimit.HSS), SimulatedHss.ACCESS_KEY);
        cloud.hss.push(PUSHED, image -> image.vulnerabilities(
                Vulnerability.of("CVE-2026-0100", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3.0.1")));
    }

    private static ImageResult verdictOf(ScanReport report, String reference) {
        return report.images().stream().filter(v -> v.reference().equals(reference)).findFirst().orElseThrow();
    }

    @Test
    void aPushedImageIsSyncedFoundScannedAndGatedOn() {
        pushedJustNow();

        ScanReport report = cloud.finish(cloud.start(cloud.settings(LISTED, PUSHED).thresholds("immediate_repair>0").build()));

        ImageResult pushed = verdictOf(report, PUSHED);
        assertThat(pushed.state()).isEqualTo(WaitEnd.FINISHED);
        assertThat(pushed.findings().count(io.jenkins.plugins.hss.core.model.RepairNecessity.IMMEDIATE_REPAIR))
                .contains(1);
        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.verdict().reasons()).containsExactly(PUSHED + ": 1 unhandled immediate_repair (more than 0)");
        assertThat(cloud.requests(Endpoint.RUN_IMAGE_SYNCHRONIZE)).isEqualTo(1);
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).as("the list at once, then the image once synced").isEqualTo(2);
        assertThat(cloud.hss.scans()).as("HSS skipped the pushed image at the first trigger, scanned it at the second")
                .hasSize(2).anySatisfy(scan -> {
                    assertThat(scan.image().toString()).contains("app");
                    assertThat(scan.triggeredAt()).isAfter(report.triggeredAt());
                });
        assertThat(report.requests()).containsEntry("synchronize", 1)
                .containsEntry("swr-repository", (int) cloud.requests(Endpoint.LIST_SWR_IMAGES))
                .containsEntry("batch-scan", 2);
        assertThat(cloud.messages()).anySatisfy(m -> assertThat(m).startsWith("not listed yet: asking HSS to sync")
                .contains("private_image", PUSHED));
        assertThat(cloud.events(WatchEvent.SyncFound.class)).singleElement().satisfies(found -> {
            assertThat(found.references()).containsExactly(PUSHED);
            assertThat(found.message()).startsWith("synced: found " + PUSHED + " after ");
        });
        assertThat(cloud.events(WatchEvent.Resolved.class)).singleElement()
                .satisfies(resolved -> assertThat(resolved.notFound()).isEmpty());
    }

    @Test
    void imagesHssListsNeedNoSync() {
        pushedJustNow();

        ScanReport report = cloud.finish(cloud.start(cloud.settings(LISTED).build()));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(cloud.requests(Endpoint.RUN_IMAGE_SYNCHRONIZE)).isZero();
        assertThat(report.requests()).doesNotContainKey("synchronize");
    }

    @Test
    void withSyncOffAPushedImageIsNotFoundWithoutASyncCall() {
        pushedJustNow();

        ScanReport report = cloud.finish(cloud.start(cloud.settings(LISTED, PUSHED).synchronize(false).build()));

        ImageResult pushed = verdictOf(report, PUSHED);
        assertThat(pushed.state()).isEqualTo(WaitEnd.NOT_FOUND);
        assertThat(pushed.reason()).contains("not found in the repository", "synchronize is off");
        assertThat(cloud.requests(Endpoint.RUN_IMAGE_SYNCHRONIZE)).isZero();
        assertThat(cloud.events(WatchEvent.SyncRequested.class)).isEmpty();
    }

    @Test
    void aRefusedSyncLeavesTheImageNotFoundNamingTheSyncsError() {
        pushedJustNow();
        cloud.hss.faults().next(Endpoint.RUN_IMAGE_SYNCHRONIZE, Fault.error(403, "HSS.0013", "Insufficient permissions"));

        ScanReport report = cloud.finish(cloud.start(cloud.settings(LISTED, PUSHED).build()));

        ImageResult pushed = verdictOf(report, PUSHED);
        assertThat(pushed.state()).isEqualTo(WaitEnd.NOT_FOUND);
        assertThat(pushed.reason()).contains("sync call failed", "HSS.0013", "Insufficient permissions");
        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(verdictOf(report, LISTED).state()).isEqualTo(WaitEnd.FINISHED);
        assertThat(cloud.requests(Endpoint.RUN_IMAGE_SYNCHRONIZE)).as("a refused sync is not asked again").isEqualTo(1);
        assertThat(report.requests()).containsEntry("synchronize", 1);
        assertThat(cloud.events(WatchEvent.SyncFailed.class)).singleElement()
                .satisfies(failed -> assertThat(failed.references()).containsExactly(PUSHED));
    }

    @Test
    void aSyncAnswerLostToTheServerIsNotSentAgainBlindly() {
        pushedJustNow();
        cloud.hss.faults().next(Endpoint.RUN_IMAGE_SYNCHRONIZE, Fault.status(503));

        ScanReport report = cloud.finish(cloud.start(cloud.settings(PUSHED).build()));

        assertThat(verdictOf(report, PUSHED).reason()).contains("sync call failed", "503");
        assertThat(cloud.requests(Endpoint.RUN_IMAGE_SYNCHRONIZE)).isEqualTo(1);
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).as("the list at once, nothing after the failed sync").isEqualTo(1);
    }

    @Test
    void aSyncAlreadyRunningSinceBeforeThePushIsAskedAgainOnceItEnds() throws Exception {
        cloud = new SimulatedHss(Scenario.builder().image(LISTED).build(),
                simulator -> simulator.rateLimit(RateLimit.HSS), SimulatedHss.ACCESS_KEY);
        // Someone else's sync starts at START and runs 30 s: it cannot see an image pushed after it began.
        assertThat(cloud.client(CallListener.NONE).synchronize(cloud.hss.projectId(), ImageType.PRIVATE_IMAGE, null)
                .started()).isTrue();
        cloud.clock.advance(Duration.ofSeconds(10));
        cloud.hss.push(PUSHED);

        ScanReport report = cloud.finish(cloud.start(cloud.settings(PUSHED).build()));

        assertThat(verdictOf(report, PUSHED).state()).isEqualTo(WaitEnd.FINISHED);
        assertThat(cloud.events(WatchEvent.SyncNotStarted.class)).isNotEmpty().allSatisfy(event ->
                assertThat(event.message()).contains("error_code 1", "already in progress", "asking again"));
        assertThat(report.requests().get("synchronize"))
                .isEqualTo((int) cloud.requests(Endpoint.RUN_IMAGE_SYNCHRONIZE) - 1)
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void anImageThatNeverShowsIsNotFoundWhenTheSyncsWaitEnds() {
        pushedJustNow();

        ScanRun run = cloud.start(cloud.settings(LISTED, "team-a/typo:1.1").build());
        ScanReport report = cloud.finish(run);

        ImageResult typo = verdictOf(report, "team-a/typo:1.1");
        assertThat(typo.state()).isEqualTo(WaitEnd.NOT_FOUND);
        assertThat(typo.reason()).contains("HSS did not list it 300 s after the run asked it to sync");
        assertThat(report.triggeredAt()).as("the list is triggered at once").isBefore(START.plus(Duration.ofSeconds(5)));
        assertThat(report.finishedAt()).as("the run waited for the sync, no longer")
                .isBetween(START.plus(SyncPlan.MAX_WAIT), START.plus(SyncPlan.MAX_WAIT).plus(Duration.ofMinutes(1)));
        assertThat(cloud.requests(Endpoint.RUN_IMAGE_SYNCHRONIZE)).as("a sync that started is not asked again")
                .isEqualTo(1);
        assertThat(cloud.hss.throttledCount(Endpoint.LIST_SWR_IMAGES)).as("the looks keep to the budget").isZero();
        assertThat(cloud.events(WatchEvent.SyncGaveUp.class)).singleElement()
                .satisfies(gaveUp -> assertThat(gaveUp.message()).startsWith("still not listed after 300 s: team-a/typo:1.1"));
    }

    @Test
    void theSyncsWaitTakesAtMostHalfTheTimeToTheDeadline() {
        pushedJustNow();

        ScanReport report = cloud.finish(cloud.start(cloud.settings(LISTED, "team-a/typo:1.1")
                .waitOptions(SimulatedHss.quickWait().timeout(Duration.ofMinutes(4)).build()).build()));

        assertThat(verdictOf(report, "team-a/typo:1.1").reason()).contains("HSS did not list it 120 s after");
        assertThat(verdictOf(report, LISTED).state()).as("the scan had the other half").isEqualTo(WaitEnd.FINISHED);
    }

    @Test
    void cancellingTheRunWhileItWaitsForTheSyncSendsNothingMore() {
        pushedJustNow();
        ScanRun run = cloud.start(cloud.settings("team-a/typo:1.1").build());
        cloud.runUntil(() -> !cloud.events(WatchEvent.SyncRequested.class).isEmpty()
                && cloud.requests(Endpoint.RUN_IMAGE_SYNCHRONIZE) == 1);
        long listings = cloud.requests(Endpoint.LIST_SWR_IMAGES);

        run.cancel();
        cloud.scheduler.runUntil(() -> false, Duration.ofMinutes(10));

        assertThat(run.result()).isCancelled();
        assertThat(cloud.requests(Endpoint.LIST_SWR_IMAGES)).isEqualTo(listings);
        assertThat(cloud.requests(Endpoint.RUN_IMAGE_SYNCHRONIZE)).isEqualTo(1);
    }
}
