package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.client.CallListener;
import io.jenkins.plugins.hss.core.client.VulnerabilityQuery;
import io.jenkins.plugins.hss.core.model.HandleStatus;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.model.Vulnerability;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.report.VulnerabilityDetails;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.RateLimit;
import io.jenkins.plugins.hss.simulator.RepairNecessity;
import io.jenkins.plugins.hss.simulator.Scenario;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, handled vulnerabilities end to end: a security team marked the image's immediate_repair
 * vulnerability handled in HSS (a false positive). By default the gate counts the unhandled ones,
 * from the list HSS filters on {@code handle_status}; counting handled ones too is a setting.
 */
class HandledVulnerabilitiesTest {

    private static final String IMAGE = "team-a/api:1.0";

    private SimulatedHss cloud;
    private PageLog log;

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    private void oneHandledOfTwo() {
        cloud = new SimulatedHss(Scenario.builder()
                .image(IMAGE, image -> image.vulnerabilities(
                        io.jenkins.plugins.hss.simulator.Vulnerability.of("CVE-2026-0001", RepairNecessity.IMMEDIATE_REPAIR,
                                "openssl", "3.0.1"),
                        io.jenkins.plugins.hss.simulator.Vulnerability.of("CVE-2026-0002", RepairNecessity.DELAY_REPAIR,
                                "zlib", "1.2.13"))
                        .handled("CVE-2026-0001"))
                .build(), simulator -> simulator.rateLimit(RateLimit.HSS), SimulatedHss.ACCESS_KEY);
    }

    private ScanRun start(ScanSettings settings) {
        log = new PageLog(cloud.client(CallListener.NONE), cloud.clock);
        return ScanRun.start(settings, cloud.poller(cloud.engine(CallBudget.HSS_DEFAULT), log), cloud.events::add);
    }

    @Test
    void aHandledVulnerabilityDoesNotFailTheBuildByDefault() {
        oneHandledOfTwo();

        ScanReport report = cloud.finish(start(cloud.settings(IMAGE).thresholds("immediate_repair>0").build()));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(log.vulnerabilityQueries).isNotEmpty().first().extracting(VulnerabilityQuery::handleStatus)
                .isEqualTo(HandleStatus.UNHANDLED);
        assertThat(cloud.requests(Endpoint.LIST_IMAGE_VULNERABILITIES))
                .as("the unhandled list, and the count of handled ones that accounts for the rest of vul_num").isEqualTo(2);
        assertThat(report.requests()).containsEntry("vulnerabilities", 2);
    }

    @Test
    void countingHandledOnesFailsOnIt() {
        oneHandledOfTwo();

        ScanReport report = cloud.finish(start(cloud.settings(IMAGE).thresholds("immediate_repair>0").countHandled(true)
                .build()));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.verdict().reasons()).containsExactly(IMAGE + ": 1 immediate_repair (more than 0)");
        assertThat(log.vulnerabilityQueries).extracting(VulnerabilityQuery::handleStatus).containsOnlyNulls();
        assertThat(cloud.requests(Endpoint.LIST_IMAGE_VULNERABILITIES)).isEqualTo(1);
    }

    @Test
    void aThresholdOnAllVulnerabilitiesCountsTheUnhandledOnesFromTheList() {
        oneHandledOfTwo();

        ScanReport failing = cloud.finish(start(cloud.settings(IMAGE).thresholds("vulnerabilities>0").build()));
        ScanReport passing = cloud.finish(start(cloud.settings(IMAGE).thresholds("vulnerabilities>1").build()));

        assertThat(failing.verdict().reasons()).containsExactly(IMAGE + ": 1 unhandled vulnerabilities (more than 0)");
        assertThat(passing.outcome()).as("vul_num 2, of which 1 unhandled").isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void vulNumWithinTheThresholdNeedsNoList() {
        oneHandledOfTwo();

        ScanReport report = cloud.finish(start(cloud.settings(IMAGE).thresholds("vulnerabilities>2").build()));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(cloud.requests(Endpoint.LIST_IMAGE_VULNERABILITIES)).isZero();
    }

    @Test
    void theReportListsTheUnhandledVulnerabilitiesTheGateCounted() {
        oneHandledOfTwo();
        ScanSettings settings = cloud.settings(IMAGE).build();
        ScanRun run = start(settings);
        ScanReport report = cloud.finish(run);

        var fetching = run.vulnerabilityDetails(report);
        cloud.runUntil(fetching::isDone);
        VulnerabilityDetails details = fetching.join();

        assertThat(details.of(report.images().get(0))).hasValueSatisfying(list -> assertThat(list)
                .extracting(Vulnerability::vulId).containsExactly("CVE-2026-0002"));
        assertThat(Duration.between(SimulatedHss.START, cloud.clock.instant())).isLessThan(Duration.ofMinutes(30));
    }
}
