package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.gate.CveExposure;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ScanApi;
import io.jenkins.plugins.hss.core.report.JsonReportReader;
import io.jenkins.plugins.hss.core.report.JsonReportWriter;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.Cve;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.Hostility;
import io.jenkins.plugins.hss.simulator.RepairNecessity;
import io.jenkins.plugins.hss.simulator.Scenario;
import io.jenkins.plugins.hss.simulator.Vulnerability;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 16's gate on CVSS scores and denied CVEs, over HTTP against the simulator, on both image
 * APIs: the per-image vulnerability list gives each image's vul_ids, one cross-image listing
 * (ListGeneralImageVuls) their CVEs and scores; what that listing cannot prove never passes.
 */
class CveGateTest {

    private static final String LOG4J = "team-a/api:1.0";
    private static final String CLEAN = "team-a/web:2.0";

    private final SimulatedHss cloud = new SimulatedHss(Scenario.builder()
            .image(LOG4J, image -> image.vulnerabilities(
                    Vulnerability.of("CVE-2021-44228", RepairNecessity.IMMEDIATE_REPAIR, "log4j-core", "2.14.1")
                            .withCves(new Cve("CVE-2021-44228", 10.0)),
                    Vulnerability.of("CVE-2022-0001", RepairNecessity.DELAY_REPAIR, "zlib", "1.2.11")
                            .withCves(new Cve("CVE-2022-0001", 5.3)),
                    Vulnerability.of("CVE-2023-0002", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3.0.1")
                            .withCves(new Cve("CVE-2023-0002", 9.1)))
                    .handled("CVE-2023-0002"))
            .image(CLEAN, image -> image.vulnerabilities(
                    Vulnerability.of("CVE-2022-0001", RepairNecessity.DELAY_REPAIR, "zlib", "1.2.11")
                            .withCves(new Cve("CVE-2022-0001", 5.3))))
            .build());

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    private ScanReport run(ScanApi api, String thresholds, boolean countHandled) {
        return cloud.finish(cloud.start(cloud.settings(api, LOG4J, CLEAN).thresholds(thresholds)
                .countHandled(countHandled).build()));
    }

    private static String reasonOf(ScanReport report, String image) {
        return report.images().stream().filter(v -> v.reference().endsWith(image)).findFirst()
                .orElseThrow().reason();
    }

    private static CveExposure cvesOf(ScanReport report, String image) {
        return report.images().stream().filter(v -> v.reference().endsWith(image)).findFirst()
                .orElseThrow().findings().cves();
    }

    @ParameterizedTest
    @EnumSource(value = ScanApi.class, names = {"BATCH_SCAN", "IMAGE_SCAN_TASKS"})
    void aCveScoredAboveTheLimitFailsItsImageOnly(ScanApi api) {
        ScanReport report = run(api, "cvss>8.9", false);

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(reasonOf(report, LOG4J)).isEqualTo(
                "CVSS 10.0 among its unhandled vulnerabilities (more than 8.9): CVE-2021-44228 10.0");
        assertThat(reasonOf(report, CLEAN)).isNull();
        assertThat(cvesOf(report, LOG4J).worstCvss()).isEqualTo(10.0);
        assertThat(cvesOf(report, CLEAN)).isEqualTo(new CveExposure(5.3, Map.of(), java.util.List.of(), null));
        // One listing per vulnerability type serves both images, of unhandled vulnerabilities only.
        assertThat(cloud.requests(Endpoint.LIST_GENERAL_IMAGE_VULNERABILITIES)).isEqualTo(2);
        assertThat(report.requests()).containsEntry(ApiName.GENERAL_IMAGE_VULNERABILITIES.label(), 2);
        assertThat(cloud.events(WatchEvent.ReadingCves.class)).singleElement()
                .satisfies(event -> assertThat(event.images()).isEqualTo(2));
    }

    @ParameterizedTest
    @EnumSource(value = ScanApi.class, names = {"BATCH_SCAN", "IMAGE_SCAN_TASKS"})
    void scoresWithinTheLimitPass(ScanApi api) {
        ScanReport report = run(api, "cvss>10", false);

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(cvesOf(report, LOG4J).worstCvss()).isEqualTo(10.0);
    }

    @ParameterizedTest
    @EnumSource(value = ScanApi.class, names = {"BATCH_SCAN", "IMAGE_SCAN_TASKS"})
    void aDeniedCveFailsTheImageThatHasIt(ScanApi api) {
        ScanReport report = run(api, "cve:CVE-2022-0001:unstable", false);

        assertThat(report.outcome()).isEqualTo(Outcome.UNSTABLE);
        assertThat(reasonOf(report, LOG4J)).isEqualTo("denied CVE-2022-0001 (CVSS 5.3) among its unhandled vulnerabilities");
        assertThat(reasonOf(report, CLEAN)).isEqualTo("denied CVE-2022-0001 (CVSS 5.3) among its unhandled vulnerabilities");
    }

    @ParameterizedTest
    @EnumSource(value = ScanApi.class, names = {"BATCH_SCAN", "IMAGE_SCAN_TASKS"})
    void aDeniedCveMarkedHandledCountsOnlyWhenHandledOnesDo(ScanApi api) {
        assertThat(run(api, "cve:CVE-2023-0002", false).outcome()).isEqualTo(Outcome.SUCCESS);
        long unhandledOnly = cloud.requests(Endpoint.LIST_GENERAL_IMAGE_VULNERABILITIES);

        ScanReport counted = run(api, "cve:CVE-2023-0002", true);

        assertThat(counted.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(reasonOf(counted, LOG4J)).isEqualTo("denied CVE-2023-0002 (CVSS 9.1)");
        assertThat(cloud.requests(Endpoint.LIST_GENERAL_IMAGE_VULNERABILITIES) - unhandledOnly)
                .as("both handle statuses of both types").isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(value = Hostility.class, names = {"CVES_FAIL", "CVES_MISSING", "CVSS_OUT_OF_RANGE", "CVES_TWICE"})
    void whatTheCveListCannotProveFailsEveryImageNamingWhy(Hostility hostility) {
        cloud.hss.faults().hostile(hostility);

        ScanReport report = run(ScanApi.BATCH_SCAN, "cvss>9.5:unstable", false);

        assertThat(report.outcome()).isEqualTo(Outcome.UNSTABLE);
        String expected = switch (hostility) {
            case CVES_FAIL -> "ListGeneralImageVuls could not be read";
            case CVES_MISSING -> "ListGeneralImageVuls does not list 2 of the image's vulnerabilities";
            case CVSS_OUT_OF_RANGE -> "max_cvss_score has cvss 12.5, outside 0 to 10";
            default -> "is listed twice with different CVEs";
        };
        assertThat(reasonOf(report, LOG4J)).startsWith("CVSS unknown among its unhandled vulnerabilities: ")
                .contains(expected);
        assertThat(reasonOf(report, CLEAN)).startsWith("CVSS unknown");
        assertThat(cvesOf(report, CLEAN).known()).isFalse();
        assertThat(cloud.events(WatchEvent.CvesNotRead.class)).hasSize(hostility == Hostility.CVES_FAIL ? 1 : 0);
    }

    @org.junit.jupiter.api.Test
    void aCveListStillThrottledAtTheDeadlineLeavesTheScoresUnknownAndEndsTheRunByIt() {
        cloud.hss.faults().always(Endpoint.LIST_GENERAL_IMAGE_VULNERABILITIES,
                io.jenkins.plugins.hss.simulator.Fault.throttle(java.time.Duration.ofSeconds(10)));
        java.time.Duration timeout = java.time.Duration.ofMinutes(10);

        ScanReport report = cloud.finish(cloud.start(cloud.settings(ScanApi.BATCH_SCAN, LOG4J, CLEAN)
                .thresholds("cve:CVE-2021-44228").waitOptions(SimulatedHss.quickWait().timeout(timeout).build()).build()));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(reasonOf(report, LOG4J)).startsWith("CVSS unknown among its unhandled vulnerabilities: ListGeneralImageVuls");
        assertThat(java.time.Duration.between(SimulatedHss.START, cloud.clock.instant()))
                .isLessThanOrEqualTo(timeout.plusMinutes(1));
    }

    @ParameterizedTest
    @EnumSource(value = ScanApi.class, names = {"BATCH_SCAN", "IMAGE_SCAN_TASKS"})
    void theJsonReportCarriesTheWorstScoreAndTheMatchedCves(ScanApi api) throws Exception {
        ScanReport report = run(api, "cvss>8.9\ncve:CVE-2022-0001:unstable", false);

        String json = new JsonReportWriter().render(report);

        assertThat(json.replaceAll("\\s", "")).contains("\"cves\":{\"worstCvss\":10.0,\"matched\":{\"CVE-2021-44228\":10.0,\"CVE-2022-0001\":5.3}}");
        assertThat(new JsonReportReader().read(new StringReader(json))).isEqualTo(report);
    }

    @ParameterizedTest
    @EnumSource(value = ScanApi.class, names = {"BATCH_SCAN", "IMAGE_SCAN_TASKS"})
    void withoutACveThresholdTheCveListIsNeverCalled(ScanApi api) {
        ScanReport report = run(api, "immediate_repair>5", false);

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(cloud.requests(Endpoint.LIST_GENERAL_IMAGE_VULNERABILITIES)).isZero();
        assertThat(cvesOf(report, LOG4J)).isNull();
    }
}
