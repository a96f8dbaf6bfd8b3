package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.client.CallListener;
import io.jenkins.plugins.hss.core.client.HssApiException;
import io.jenkins.plugins.hss.core.client.MalformedResponseException;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.Fault;
import io.jenkins.plugins.hss.simulator.Hostility;
import io.jenkins.plugins.hss.simulator.RateLimit;
import io.jenkins.plugins.hss.simulator.RepairNecessity;
import io.jenkins.plugins.hss.simulator.Scenario;
import io.jenkins.plugins.hss.simulator.Vulnerability;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, one test per answer of a hostile HSS: the run never passes on an answer that does
 * not prove the pass, and always ends by its deadline. Each asserts the verdict (or the error),
 * the requests HSS received, and the instant the run ended on the shared simulated clock.
 */
class FailClosedTest {

    private static final Instant START = SimulatedHss.START;
    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final String IMAGE = "team-a/api:1.0";

    private SimulatedHss cloud;

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    /** One image with one vulnerability of each level; HSS's rate limit on, so an overspent budget shows as 429s. */
    private void hss(Hostility hostility) {
        cloud = new SimulatedHss(Scenario.builder()
                .image(IMAGE, image -> image.vulnerabilities(
                        Vulnerability.of("CVE-2026-0001", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3.0.1"),
                        Vulnerability.of("CVE-2026-0002", RepairNecessity.DELAY_REPAIR, "zlib", "1.2.13")))
                .build(), simulator -> simulator.rateLimit(RateLimit.HSS), SimulatedHss.ACCESS_KEY);
        if (hostility != null) {
            cloud.hss.faults().hostile(hostility);
        }
    }

    private ScanSettings settings(String thresholds) {
        return cloud.settings(IMAGE).thresholds(thresholds)
                .waitOptions(SimulatedHss.quickWait().timeout(TIMEOUT).build()).build();
    }

    private ScanReport run(String thresholds) {
        return cloud.finish(cloud.startAsFace(settings(thresholds)));
    }

    /**
     * A selection whose filter the scans change ({@code scan_status}): listed whole before its
     * trigger, as an image list was before it was triggered at once.
     */
    private ScanSettings listedBeforeTheTrigger(String thresholds) {
        return cloud.settings().operateAll(true).scanStatus("unscan").thresholds(thresholds)
                .waitOptions(SimulatedHss.quickWait().timeout(TIMEOUT).build()).build();
    }

    /** The error a run that lists its targets before the trigger ended with. */
    private Throwable failure(String thresholds) {
        ScanRun run = cloud.startAsFace(listedBeforeTheTrigger(thresholds));
        cloud.end(run);
        assertThat(run.result()).isCompletedExceptionally();
        return run.result().handle((report, error) -> error instanceof CompletionException ? error.getCause() : error).join();
    }

    private Duration elapsed() {
        return Duration.between(START, cloud.clock.instant());
    }

    /** The run failed for one reason, which names {@code parts}, and its report counts every request HSS received. */
    private void assertFailedBecause(ScanReport report, String... parts) {
        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.verdict().reasons()).singleElement().asString().contains(parts);
        assertTheReportCountsEveryRequest(report);
    }

    private void assertTheReportCountsEveryRequest(ScanReport report) {
        assertThat(report.requests()).containsEntry("batch-scan", (int) cloud.requests(Endpoint.BATCH_SCAN))
                .containsEntry("swr-repository", (int) cloud.requests(Endpoint.LIST_SWR_IMAGES));
        if (cloud.requests(Endpoint.LIST_IMAGE_VULNERABILITIES) > 0) {
            assertThat(report.requests())
                    .containsEntry("vulnerabilities", (int) cloud.requests(Endpoint.LIST_IMAGE_VULNERABILITIES));
        }
    }

    @Test
    void aVulnerabilityListThatFailsEveryCallEndsTheRunAtItsDeadlineWithTheThresholdBreached() {
        hss(Hostility.VULNERABILITIES_FAIL);

        ScanReport report = run("immediate_repair>0");

        assertFailedBecause(report, IMAGE, "immediate_repair", "unknown");
        assertThat(report.finishedAt()).isEqualTo(START.plus(TIMEOUT));
        assertThat(cloud.hss.throttledCount(Endpoint.LIST_IMAGE_VULNERABILITIES)).as("retries kept to the budget").isZero();
    }

    @Test
    void aVulnerabilityListThrottledOnEveryCallEndsTheRunAtItsDeadline() {
        hss(Hostility.VULNERABILITIES_THROTTLED);
        HssEngine engine = cloud.engine(CallBudget.HSS_DEFAULT);

        ScanReport report = cloud.finish(ScanRun.start(settings("immediate_repair>0"),
                cloud.poller(engine, cloud.client(CallListener.NONE)),
                cloud.events::add));
        // The engine's own housekeeping looks for idle budgets every minute until it is closed.
        engine.close();

        assertFailedBecause(report, "immediate_repair", "unknown");
        assertThat(report.finishedAt()).isEqualTo(START.plus(TIMEOUT));
        long sent = cloud.requests(Endpoint.LIST_IMAGE_VULNERABILITIES);
        // Past the engine's idle time: then it forgets the user's budget and stops looking for idle ones.
        cloud.scheduler.runUntil(() -> false, HssEngine.DEFAULT_IDLE_TIME.plusMinutes(5));
        assertThat(cloud.requests(Endpoint.LIST_IMAGE_VULNERABILITIES)).as("nothing sent after the deadline").isEqualTo(sent);
        assertThat(cloud.scheduler.pending()).as("nothing of the run is left to run").isZero();
    }

    @Test
    void aThrottleWithoutRetryAfterIsWaitedOutAndEveryAttemptCounted() {
        // Huawei documents no Retry-After on 429: the queue then pauses one window of its own.
        cloud = new SimulatedHss(Scenario.builder().image(IMAGE).image("team-a/web:1.0").image("team-a/db:1.0").build(),
                simulator -> simulator.rateLimit(RateLimit.HSS).retryAfterHeader(false), SimulatedHss.ACCESS_KEY);
        HssEngine greedy = cloud.engine(CallBudget.uniform(io.jenkins.plugins.hss.core.budget.RateLimit.parse("30/60s")));
        ScanSettings settings = cloud.settings(IMAGE, "team-a/web:1.0", "team-a/db:1.0")
                .waitOptions(SimulatedHss.quickWait().initialPollInterval(Duration.ofSeconds(1))
                        .maxPollInterval(Duration.ofSeconds(2)).timeout(TIMEOUT).build()).build();

        ScanReport report = cloud.finish(ScanRun.start(settings, cloud.poller(greedy, cloud.client(CallListener.NONE)),
                cloud.events::add));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(cloud.hss.throttledCount(Endpoint.LIST_SWR_IMAGES)).as("the simulator's limit was met").isPositive();
        assertThat(cloud.events(WatchEvent.Throttled.class)).isNotEmpty();
        assertTheReportCountsEveryRequest(report);
    }

    @Test
    void aVulnerabilityListThatDisagreesWithVulNumIsAMalformedAnswer() {
        hss(Hostility.VULNERABILITIES_MISSING);

        ScanReport report = run("immediate_repair>0");

        assertFailedBecause(report, "malformed answer", "vul_num 2");
        assertThat(elapsed()).isLessThan(Duration.ofMinutes(3));
    }

    @Test
    void aMissingVulNumIsUnknownNeverZero() {
        hss(Hostility.VUL_NUM_MISSING);

        ScanReport report = cloud.finish(cloud.startAsFace(cloud.settings(IMAGE).thresholds("vulnerabilities>0")
                .countHandled(true).waitOptions(SimulatedHss.quickWait().timeout(TIMEOUT).build()).build()));

        assertFailedBecause(report, "vulnerabilities", "unknown", "vul_num");
        assertThat(elapsed()).isLessThan(Duration.ofMinutes(3));
    }

    @Test
    void aMissingVulNumLeavesTheUnhandledCountToTheList() {
        hss(Hostility.VUL_NUM_MISSING);

        ScanReport report = run("vulnerabilities>0");

        assertFailedBecause(report, "2 unhandled vulnerabilities (more than 0)");
        assertThat(cloud.requests(Endpoint.LIST_IMAGE_VULNERABILITIES)).isEqualTo(1);
    }

    @Test
    void aMissingVulNumStillFetchesTheListForALevelThreshold() {
        hss(Hostility.VUL_NUM_MISSING);

        ScanReport report = run("immediate_repair>0");

        assertFailedBecause(report, "1 unhandled immediate_repair");
        assertThat(cloud.requests(Endpoint.LIST_IMAGE_VULNERABILITIES)).isEqualTo(1);
    }

    @Test
    void negativeCountsAreAMalformedAnswer() {
        hss(Hostility.NEGATIVE_COUNTS);

        ScanReport report = run("unsafe_settings>0");

        assertFailedBecause(report, "malformed answer", "vul_num -5", "malicious_file_num -1");
        assertThat(elapsed()).isLessThan(Duration.ofMinutes(3));
    }

    @Test
    void anUnknownRepairNecessityCountsAtEveryLevel() {
        hss(Hostility.UNKNOWN_REPAIR_NECESSITY);

        ScanReport report = run("immediate_repair>0");

        assertFailedBecause(report, "immediate_repair", "emergency_repair");
    }

    @Test
    void twoDifferentRowsForOneImageAreAMalformedAnswerInEitherOrder() {
        for (Hostility order : new Hostility[] {Hostility.DUPLICATE_ROWS, Hostility.DUPLICATE_ROWS_REVERSED}) {
            hss(order);

            ScanReport report = run("malicious_files>0");

            assertThat(report.outcome()).as(order.key()).isEqualTo(Outcome.FAILURE);
            assertThat(report.verdict().reasons()).as(order.key()).singleElement().asString()
                    .contains("malformed answer", "failed", "success");
            assertTheReportCountsEveryRequest(report);
            cloud.close();
        }
        hss(null);
    }

    @Test
    void aDataListThatIsNotAnArrayIsAMalformedAnswerAndNothingIsTriggered() {
        hss(Hostility.DATA_LIST_NOT_ARRAY);
        ScanSettings notFoundPasses = cloud.settings().operateAll(true).scanStatus("unscan")
                .outcomes("not_found=success").build();

        ScanRun run = cloud.startAsFace(notFoundPasses);
        cloud.end(run);

        assertThat(run.result()).isCompletedExceptionally();
        assertThat(run.result().handle((report, error) -> error.getCause() != null ? error.getCause() : error).join())
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("data_list");
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isZero();
        assertThat(elapsed()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void aPageSeenAgainAtAnotherOffsetIsAMalformedAnswerAndNothingIsTriggered() {
        hss(Hostility.ENDLESS_PAGES);

        assertThat(failure("vulnerabilities>10")).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("offset 200").hasMessageContaining("offset 0");
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isZero();
        assertThat(cloud.requests(Endpoint.LIST_SWR_IMAGES)).isEqualTo(2);
        assertThat(elapsed()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void aListingBeforeTheTriggerEndsByTheRunsDeadline() {
        Scenario.Builder many = Scenario.builder();
        for (int i = 0; i < 1_200; i++) {
            many.image("team-a/svc-" + i + ":1.0");
        }
        cloud = new SimulatedHss(many.build(), simulator -> simulator.rateLimit(RateLimit.HSS), SimulatedHss.ACCESS_KEY);
        ScanSettings everything = cloud.settings().operateAll(true).scanStatus("unscan")
                .waitOptions(SimulatedHss.quickWait().timeout(Duration.ofSeconds(40)).build()).build();

        ScanRun run = cloud.startAsFace(everything);
        cloud.end(run);

        assertThat(run.result()).isCompletedExceptionally();
        assertThat(run.result().handle((report, error) -> error.getCause() != null ? error.getCause() : error).join())
                .hasMessageContaining("deadline").hasMessageContaining("nothing was triggered");
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isZero();
        assertThat(cloud.requests(Endpoint.LIST_SWR_IMAGES)).isEqualTo(5);
        assertThat(elapsed()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void aTriggerExecutedButAnswered500IsCheckedNotRepeated() {
        hss(Hostility.TRIGGER_LOST);

        ScanReport report = run("malicious_files>0");

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).as("sent once: the check saw the scan start").isEqualTo(1);
        assertThat(cloud.messages()).anyMatch(m -> m.contains("checking whether the scans started"))
                .anyMatch(m -> m.contains("the scans started"));
        assertTheReportCountsEveryRequest(report);
    }

    @Test
    void aTriggerExecutedButDroppedIsCheckedNotRepeated() {
        hss(Hostility.TRIGGER_DROPPED);

        ScanReport report = run("malicious_files>0");

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isEqualTo(1);
        assertThat(cloud.messages()).anyMatch(m -> m.contains("checking whether the scans started"));
        assertTheReportCountsEveryRequest(report);
    }

    @Test
    void aTriggerThatNeverReachedTheServiceIsSentAgainOnceTheCheckShowsNothingStarted() {
        hss(null);
        cloud.hss.faults().next(Endpoint.BATCH_SCAN, Fault.status(500));

        ScanReport report = run("malicious_files>0");

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).as("the lost one and the one sent again").isEqualTo(2);
        assertThat(cloud.messages()).anyMatch(m -> m.contains("sending the batch scan (POST image/batch-scan) again"));
        assertTheReportCountsEveryRequest(report);
    }

    @Test
    void aListingCutMidBodyIsRetried() {
        hss(Hostility.LISTING_CUT);

        ScanReport report = run("malicious_files>0");

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isEqualTo(1);
        assertTheReportCountsEveryRequest(report);
    }

    @Test
    void anErrorThatEchoesTheRequestNeverShowsTheSignatureOrTheToken() {
        cloud = new SimulatedHss(Scenario.builder().image(IMAGE, image -> image.vulnerabilities(
                        Vulnerability.of("CVE-2026-0001", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3.0.1"))).build(),
                simulator -> simulator.temporaryAccessKey("TEMPACCESSKEY0000001", "Sk-very-secret-key", "St-security-token"),
                io.jenkins.plugins.hss.core.auth.AccessKeyCredentials.temporary("TEMPACCESSKEY0000001", "Sk-very-secret-key",
                        "St-security-token"));
        cloud.hss.faults().hostile(Hostility.ECHOED_SECRETS);

        ScanReport report = run("immediate_repair>0");

        String everything = String.join("\n", report.verdict().reasons()) + String.join("\n", cloud.messages());
        assertThat(everything).contains("Authorization: ****", "X-Security-Token: ****")
                .doesNotContain("St-security-token", "Sk-very-secret-key").doesNotContainPattern("Signature=[0-9a-f]{64}");
    }

    @Test
    void aStormOf429sOnTheTriggerIsWaitedOutUntilTheDeadline() {
        hss(null);
        cloud.hss.faults().next(Endpoint.BATCH_SCAN, 30, Fault.throttle(Duration.ofSeconds(10)));

        ScanReport report = run("malicious_files>0");

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isEqualTo(31);
        assertTheReportCountsEveryRequest(report);
    }

    @Test
    void retriesOf5xxSpendTheBudgetLikeEveryOtherCall() {
        hss(null);
        cloud.hss.faults().next(Endpoint.LIST_SWR_IMAGES, 3, Fault.status(503));

        ScanReport report = run("malicious_files>0");

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(cloud.hss.throttledCount(Endpoint.LIST_SWR_IMAGES)).as("never over HSS's limit").isZero();
        assertTheReportCountsEveryRequest(report);
    }

    @Test
    void anUnknownTerminalStatusFailsAtOnce() {
        hss(Hostility.UNKNOWN_STATUS);

        ScanReport report = run("malicious_files>0");

        assertFailedBecause(report, "quarantined");
        assertThat(report.verdict().decidedByTimeout()).isFalse();
        assertThat(elapsed()).isLessThan(Duration.ofMinutes(3));
    }

    @Test
    void aRowWithoutScanStatusNeverPrintsNull() {
        hss(Hostility.STATUS_MISSING);

        ScanReport report = run("malicious_files>0");

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(cloud.messages()).noneMatch(m -> m.contains("null"));
        assertThat(report.verdict().reasons()).noneMatch(m -> m.contains("null"));
    }

    @Test
    void aRefusedCallStillNamesNoSecret() {
        hss(null);
        cloud.hss.faults().next(Endpoint.LIST_SWR_IMAGES, Fault.echoRequest(400));

        assertThat(failure("malicious_files>0")).isInstanceOf(HssApiException.class)
                .hasMessageContaining("Authorization").hasMessageNotContainingAny(
                        io.jenkins.plugins.hss.simulator.HssSimulator.DEMO_SECRET_KEY)
                .satisfies(error -> assertThat(error.getMessage()).doesNotContainPattern("Signature=[0-9a-f]{64}"));
    }

    @Test
    void aLostTriggerOfACountedSelectionIsCheckedByCountingTheScansThatStarted() {
        hss(Hostility.TRIGGER_LOST);
        ScanSettings selection = cloud.settings().operateAll(true).namespace("team-a").thresholds("malicious_files>0")
                .waitOptions(SimulatedHss.quickWait().timeout(TIMEOUT).build()).build();

        ScanReport report = cloud.finish(cloud.startAsFace(selection));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isEqualTo(1);
        assertThat(cloud.messages()).anyMatch(m -> m.contains("the scans started"));
        assertTheReportCountsEveryRequest(report);
    }

    @Test
    void aMalformedListingDuringTheWaitEndsItWithEveryTargetStillWaitingJudgedAsThatAnswer() {
        hss(null);
        ScanRun run = cloud.startAsFace(settings("malicious_files>0"));
        cloud.runUntil(() -> cloud.requests(Endpoint.BATCH_SCAN) == 1);
        cloud.hss.faults().always(Endpoint.LIST_SWR_IMAGES, Fault.dataListNotArray());

        ScanReport report = cloud.finish(run);

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.verdict().decidedByMalformedAnswer()).isTrue();
        assertThat(report.verdict().reasons()).singleElement().asString().contains("malformed answer", "data_list");
        assertThat(elapsed()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void aResumedRunKeepsTheDeadlineOfItsStart() throws Exception {
        cloud = new SimulatedHss(Scenario.builder().image(IMAGE, image -> image.scanDuration(Duration.ofHours(2))).build());
        // The trigger waits out a minute of throttling: the deadline counts it.
        cloud.hss.faults().next(Endpoint.BATCH_SCAN, Fault.throttle(Duration.ofMinutes(1)));
        ScanSettings settings = settings("malicious_files>0");
        java.util.List<WaitSnapshot> saved = new java.util.ArrayList<>();
        ScanRun before = ScanRun.start(settings, cloud.poller(), event -> {
            if (event instanceof WatchEvent.Triggered triggered) {
                saved.add(triggered.state().orElseThrow());
            }
        });
        cloud.runUntil(() -> !saved.isEmpty());
        before.cancel();
        cloud.clock.advance(Duration.ofMinutes(3));

        ScanReport report = cloud.finish(ScanRun.resume(saved.get(0), settings, cloud.poller(), cloud.events::add));

        assertThat(report.triggeredAt()).isAfterOrEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(report.finishedAt()).isEqualTo(START.plus(TIMEOUT));
        assertThat(report.verdict().decidedByTimeout()).isTrue();
    }
}
