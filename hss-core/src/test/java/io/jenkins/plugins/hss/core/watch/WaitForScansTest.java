package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.model.FindingThreshold;
import io.jenkins.plugins.hss.core.model.InvalidSettingsException;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.RepairNecessity;
import io.jenkins.plugins.hss.core.model.ScanApi;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.NeverScannedTime;
import io.jenkins.plugins.hss.simulator.ScanOutcome;
import io.jenkins.plugins.hss.simulator.Scenario;
import io.jenkins.plugins.hss.simulator.Vulnerability;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A run from trigger to verdict against the simulator: what each kind of result means for the build,
 * the same on either image API where a test takes one.
 */
class WaitForScansTest {

    private static final Instant LAST_WEEK = SimulatedHss.START.minus(Duration.ofDays(7));

    private SimulatedHss cloud;

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    @BothApis
    void scansThatAllSucceedPass(ScanApi api) {
        cloud = new SimulatedHss(Scenario.builder()
                .image("team-a/api:1.0", image -> image.previouslyScanned(LAST_WEEK))
                .image("team-a/web:2.1")
                .build());

        ScanReport report = cloud.finish(cloud.start(cloud.settings(api, "team-a/api:1.0", "team-a/web:2.1").build()));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.images()).extracting(v -> v.status()).containsOnly("success");
        assertThat(cloud.triggers(api)).isEqualTo(1);
        assertThat(cloud.requests(Endpoint.LIST_IMAGE_VULNERABILITIES)).isZero();
    }

    /** Neither the docs nor the SDK say what latest_scan_time an image never scanned has: 0 or none. */
    @ParameterizedTest
    @EnumSource(NeverScannedTime.class)
    void anImageNeverScannedBeforeFinishesWhetherHssSendsZeroOrNoScanTime(NeverScannedTime never) {
        cloud = new SimulatedHss(Scenario.builder().image("team-a/new:1.0").build(),
                simulator -> simulator.neverScannedTime(never), SimulatedHss.ACCESS_KEY);

        ScanReport report = cloud.finish(cloud.start(cloud.settings("team-a/new:1.0").build()));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.images().get(0).state()).isEqualTo(WaitEnd.FINISHED);
    }

    @BothApis
    void oneFailedScanFailsTheBuildAndSaysWhy(ScanApi api) {
        cloud = new SimulatedHss(Scenario.builder()
                .image("team-a/api:1.0")
                .image("team-a/broken:1.0", image -> image.outcome(ScanOutcome.FAILED).failureReason("failed_to_scan_file"))
                .build());

        ScanReport report = cloud.finish(cloud.start(cloud.settings(api, "team-a/api:1.0", "team-a/broken:1.0").build()));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.verdict().reasons()).containsExactly("team-a/broken:1.0: scan status failed (failed_to_scan_file)");
    }

    @BothApis
    void anOversizedImageMakesTheBuildUnstable(ScanApi api) {
        cloud = new SimulatedHss(Scenario.builder()
                .image("team-a/api:1.0")
                .image("team-a/model:0.9", image -> image.size(6L * 1024 * 1024 * 1024))
                .build());

        ScanReport report = cloud.finish(cloud.start(cloud.settings(api, "team-a/api:1.0", "team-a/model:0.9").build()));

        assertThat(report.outcome()).isEqualTo(Outcome.UNSTABLE);
        assertThat(report.totals()).containsEntry("image_oversized", 1).containsEntry("success", 1);
    }

    @BothApis
    void aVulnerabilityCountOverItsThresholdTakesTheThresholdsOutcome(ScanApi api) {
        cloud = new SimulatedHss(Scenario.builder()
                .image("team-a/api:1.0", image -> image.vulnerabilities(vulnerabilities(3, RepairNecessity.DELAY_REPAIR)))
                .image("team-a/web:1.0", image -> image.vulnerabilities(vulnerabilities(1, RepairNecessity.DELAY_REPAIR)))
                .build());
        var settings = cloud.settings(api, "team-a/api:1.0", "team-a/web:1.0").thresholds("vulnerabilities>2:unstable").build();

        ScanReport report = cloud.finish(cloud.start(settings));

        assertThat(report.outcome()).isEqualTo(Outcome.UNSTABLE);
        assertThat(report.verdict().reasons()).containsExactly("team-a/api:1.0: 3 unhandled vulnerabilities (more than 2)");
        assertThat(cloud.requests(Endpoint.LIST_IMAGE_VULNERABILITIES))
                .as("the unhandled ones are listed only where vul_num could breach the threshold").isEqualTo(1);
    }

    @BothApis
    void aRepairNecessityThresholdFetchesVulnerabilitiesOnlyOfImagesThatHaveSome(ScanApi api) {
        cloud = new SimulatedHss(Scenario.builder()
                .image("team-a/urgent:1.0", image -> image.vulnerabilities(List.of(
                        vulnerability("CVE-2026-0001", RepairNecessity.IMMEDIATE_REPAIR),
                        vulnerability("CVE-2026-0002", RepairNecessity.NOT_NEEDED_REPAIR))))
                .image("team-a/later:1.0", image -> image.vulnerabilities(vulnerabilities(4, RepairNecessity.DELAY_REPAIR)))
                .image("team-a/clean:1.0")
                .image("team-a/broken:1.0", image -> image.outcome(ScanOutcome.FAILED)
                        .vulnerabilities(vulnerabilities(2, RepairNecessity.IMMEDIATE_REPAIR)))
                .build());
        var settings = cloud.settings(api, "team-a/urgent:1.0", "team-a/later:1.0", "team-a/clean:1.0", "team-a/broken:1.0")
                .gate(io.jenkins.plugins.hss.core.model.GatePolicy.builder()
                        .statusOutcome(io.jenkins.plugins.hss.core.model.ScanStatus.FAILED, Outcome.UNSTABLE)
                        .threshold(FindingThreshold.parse("immediate_repair>0:failure")).build())
                .build();

        ScanReport report = cloud.finish(cloud.start(settings));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.verdict().reasons()).containsExactly("team-a/urgent:1.0: 1 unhandled immediate_repair (more than 0)");
        assertThat(verdictOf(report, "team-a/later:1.0").findings().count(
                io.jenkins.plugins.hss.core.model.RepairNecessity.DELAY_REPAIR)).contains(4);
        assertThat(cloud.requests(Endpoint.LIST_IMAGE_VULNERABILITIES))
                .as("one page each for urgent and later; none for the clean image or the failed scan").isEqualTo(2);
    }

    @Test
    void aSeverityThresholdOnTheNewerApiFailsTheImagesListedWorseAndNamesTheirLevel() {
        cloud = new SimulatedHss(Scenario.builder()
                .image("team-a/urgent:1.0", image -> image.vulnerabilities(List.of(
                        vulnerability("CVE-2026-0001", RepairNecessity.IMMEDIATE_REPAIR))))
                .image("team-a/later:1.0", image -> image.vulnerabilities(vulnerabilities(2, RepairNecessity.DELAY_REPAIR)))
                .image("team-a/clean:1.0")
                .build());
        var settings = cloud.settings(ScanApi.IMAGE_SCAN_TASKS, "team-a/urgent:1.0", "team-a/later:1.0", "team-a/clean:1.0")
                .thresholds("severity>medium:failure").build();

        ScanReport report = cloud.finish(cloud.start(settings));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.verdict().reasons()).containsExactly("team-a/urgent:1.0: severity_level High (worse than Medium)");
        assertThat(verdictOf(report, "team-a/later:1.0").outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(verdictOf(report, "team-a/clean:1.0").findings().severityLevel()).isEqualTo("Security");
        assertThat(cloud.requests(Endpoint.LIST_IMAGE_VULNERABILITIES)).as("the row tells the level").isZero();
    }

    @Test
    void aSeverityThresholdIsRefusedOnBatchScanWhichListsNoSeverity() {
        cloud = new SimulatedHss(Scenario.builder().image("team-a/api:1.0").build());
        var settings = cloud.settings(ScanApi.BATCH_SCAN, "team-a/api:1.0").thresholds("severity>medium").build();

        assertThatThrownBy(() -> cloud.start(settings)).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("gate.thresholds").hasMessageContaining("set api to image-scan-tasks");
        assertThat(cloud.requestCounts().values()).containsOnly(0L);
    }

    @Test
    void aSeverityThresholdOnAutoThatFellBackToBatchScanFailsClosed() {
        cloud = new SimulatedHss(Scenario.builder().image("team-a/api:1.0").build());
        cloud.hss.faults().next(Endpoint.LIST_REGISTRIES, io.jenkins.plugins.hss.simulator.Fault.error(404, "APIG.0101",
                "The API does not exist or has not been published in the environment"));
        var settings = cloud.settings(ScanApi.AUTO, "team-a/api:1.0").thresholds("severity>medium").build();

        ScanReport report = cloud.finish(cloud.start(settings));

        assertThat(report.api()).isEqualTo("batch-scan");
        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.verdict().reasons()).singleElement().asString().contains("severity_level unknown");
    }

    @BothApis
    void aTimeoutNamesTheImagesStillScanning(ScanApi api) {
        cloud = new SimulatedHss(Scenario.builder()
                .image("team-a/api:1.0")
                .image("team-a/huge:1.0", image -> image.scanDuration(Duration.ofHours(2)))
                .build());
        var settings = cloud.settings(api, "team-a/api:1.0", "team-a/huge:1.0")
                .waitOptions(SimulatedHss.quickWait().timeout(Duration.ofMinutes(20)).build()).build();

        ScanReport report = cloud.finish(cloud.start(settings));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(cloud.events(WatchEvent.TimedOut.class)).singleElement()
                .extracting(WatchEvent.TimedOut::pending).isEqualTo(List.of("team-a/huge:1.0"));
        assertThat(verdictOf(report, "team-a/huge:1.0").state()).isEqualTo(WaitEnd.TIMED_OUT);
        assertThat(report.finishedAt()).as("the run's start plus its timeout").isEqualTo(SimulatedHss.START.plus(Duration.ofMinutes(20)));
    }

    @BothApis
    void anImageNotInTheRepositoryIsJudgedByTheNotFoundRule(ScanApi api) {
        cloud = new SimulatedHss(Scenario.builder().image("team-a/api:1.0").build());
        var settings = cloud.settings(api, "team-a/api:1.0", "team-a/ghost:1.0")
                .gate(io.jenkins.plugins.hss.core.model.GatePolicy.builder().onNotFound(Outcome.UNSTABLE).build()).build();

        ScanReport report = cloud.finish(cloud.start(settings));

        assertThat(report.outcome()).isEqualTo(Outcome.UNSTABLE);
        assertThat(verdictOf(report, "team-a/ghost:1.0").state()).isEqualTo(WaitEnd.NOT_FOUND);
        assertThat(cloud.events(WatchEvent.Resolved.class)).singleElement()
                .extracting(WatchEvent.Resolved::notFound).isEqualTo(List.of("team-a/ghost:1.0"));
    }

    @Test
    void withSyncOffWhenNoImageExistsTheFirstPollSaysSoAndTheRunFailsAtOnce() {
        cloud = new SimulatedHss(Scenario.builder().image("team-a/api:1.0").build());

        ScanReport report = cloud.finish(cloud.start(cloud.settings("team-a/ghost:1.0").synchronize(false).build()));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(verdictOf(report, "team-a/ghost:1.0").state()).isEqualTo(WaitEnd.NOT_FOUND);
        // Triggered without a listing before (HSS skips a name it does not hold); the first poll tells.
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isEqualTo(1);
        assertThat(cloud.requests(Endpoint.LIST_SWR_IMAGES)).isEqualTo(1);
        assertThat(report.finishedAt()).isBefore(SimulatedHss.START.plus(Duration.ofMinutes(1)));
    }

    @BothApis
    void aFilterRunWaitsForEveryImageTheFilterSelectsEvenWhenTheServiceMatchesNamesLoosely(ScanApi api) {
        cloud = new SimulatedHss(Scenario.builder()
                .image("team-a/nginx:1.25")
                .image("team-a/nginx-exporter:0.1", image -> image.outcome(ScanOutcome.DOWNLOAD_FAILED))
                .image("team-b/nginx:1.25")
                .build());
        var settings = cloud.settings(api).operateAll(true).namespace("team-a").imageName("nginx").build();

        ScanReport report = cloud.finish(cloud.start(settings));

        assertThat(report.images()).extracting(v -> v.reference())
                .containsExactlyInAnyOrder("team-a/nginx:1.25", "team-a/nginx-exporter:0.1");
        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(cloud.triggers(api)).isEqualTo(1);
    }

    @Test
    void invalidSettingsFailAtStartAndNothingIsSent() {
        cloud = new SimulatedHss(Scenario.builder().image("team-a/api:1.0").build());
        var settings = cloud.settings("team-a/api:1.0", "api-without-namespace:1.0").build();

        assertThatThrownBy(() -> cloud.start(settings)).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("Image \"api-without-namespace:1.0\" has no organization");
        assertThat(cloud.requestCounts().values()).containsOnly(0L);
    }

    @BothApis
    void thePreviousSuccessStillShownAfterTheTriggerNeverPassesEarly(ScanApi api) {
        cloud = new SimulatedHss(Scenario.builder()
                .startDelay(Duration.ofSeconds(30)).scanDuration(Duration.ofMinutes(2))
                .image("team-a/api:1.0", image -> image.previouslyScanned(LAST_WEEK).outcome(ScanOutcome.FAILED))
                .build());

        ScanRun run = cloud.start(cloud.settings(api, "team-a/api:1.0").build());
        cloud.runUntil(() -> cloud.lists(api) >= 3);

        assertThat(run.result()).as("polls during the stale window saw the old success").isNotDone();
        ScanReport report = cloud.finish(run);
        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(150));
        assertThat(verdictOf(report, "team-a/api:1.0").scanTime()).isAfter(report.triggeredAt());
    }

    private static ImageResult verdictOf(ScanReport report, String reference) {
        return report.images().stream().filter(v -> v.reference().equals(reference)).findFirst().orElseThrow();
    }

    private static Vulnerability vulnerability(String id, RepairNecessity necessity) {
        return Vulnerability.of(id, io.jenkins.plugins.hss.simulator.RepairNecessity.fromWire(necessity.wireName())
                .orElseThrow(), "openssl", "3.0.1");
    }

    private static List<Vulnerability> vulnerabilities(int count, RepairNecessity necessity) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> vulnerability("CVE-2026-1" + necessity.ordinal() + i, necessity)).toList();
    }
}
