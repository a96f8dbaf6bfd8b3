package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.client.CallListener;
import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.client.VulnerabilityQuery;
import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.ImageType;
import io.jenkins.plugins.hss.simulator.RateLimit;
import io.jenkins.plugins.hss.simulator.RepairNecessity;
import io.jenkins.plugins.hss.simulator.Scenario;
import io.jenkins.plugins.hss.simulator.Vulnerability;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, SWR Enterprise: one tag in two instances is two images. A run for one instance
 * lists, triggers, follows and counts that instance's image only, naming the instance in every
 * call, and syncs HSS's copy of the registries for an image pushed just now.
 */
class EnterpriseImagesTest {

    private static final String IMAGE = "finance/ledger:3.1";
    private static final String CLEAN = "inst-a";
    private static final String VULNERABLE = "inst-b";

    private SimulatedHss cloud;
    private PageLog log;

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    /** {@link #IMAGE} in two instances: clean in one, with an immediate_repair vulnerability in the other. */
    private void twoInstances() {
        cloud = new SimulatedHss(Scenario.builder()
                .image(IMAGE, image -> image.type(ImageType.INSTANCE_IMAGE).instance(CLEAN, "swr-ee-a")
                        .vulnerabilities(Vulnerability.of("CVE-2026-0200", RepairNecessity.DELAY_REPAIR, "zlib", "1.2")))
                .image(IMAGE, image -> image.type(ImageType.INSTANCE_IMAGE).instance(VULNERABLE, "swr-ee-b")
                        .vulnerabilities(Vulnerability.of("CVE-2026-0201", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3")))
                .build(), simulator -> simulator.rateLimit(RateLimit.HSS), SimulatedHss.ACCESS_KEY);
    }

    private ScanReport run(ScanSettings settings) {
        log = new PageLog(cloud.client(CallListener.NONE), cloud.clock);
        return cloud.finish(ScanRun.start(settings, cloud.poller(cloud.engine(CallBudget.HSS_DEFAULT), log),
                cloud.events::add));
    }

    private ScanSettings settings(String instance, String... images) {
        return cloud.settings(images).imageType("instance_image").instanceId(instance).thresholds("immediate_repair>0")
                .build();
    }

    @Test
    void aRunForOneInstanceScansAndGatesThatInstancesImageOnly() {
        twoInstances();

        ScanReport clean = run(settings(CLEAN, IMAGE));

        assertThat(clean.outcome()).isEqualTo(Outcome.SUCCESS);
        ImageResult image = clean.images().get(0);
        assertThat(image.state()).isEqualTo(WaitEnd.FINISHED);
        assertThat(image.instanceId()).isEqualTo(CLEAN);
        assertThat(image.findings().vulnerabilities()).isEqualTo(1);
        assertThat(cloud.hss.scans()).as("one of the two images was scanned").hasSize(1);
        assertThat(log.listQueries).isNotEmpty().extracting(SwrImageQuery::instanceId).containsOnly(CLEAN);
        assertThat(log.vulnerabilityQueries).isNotEmpty().extracting(VulnerabilityQuery::instanceId).containsOnly(CLEAN);
    }

    @Test
    void theOtherInstancesImageIsItsOwn() {
        twoInstances();

        ScanReport vulnerable = run(settings(VULNERABLE, IMAGE));

        assertThat(vulnerable.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(vulnerable.verdict().reasons()).containsExactly(IMAGE + ": 1 unhandled immediate_repair (more than 0)");
        assertThat(log.listQueries).extracting(SwrImageQuery::instanceId).containsOnly(VULNERABLE);
    }

    @Test
    void anImageOfAnInstanceThatDoesNotHoldItIsNotFound() {
        twoInstances();

        ScanReport report = run(cloud.settings(IMAGE).imageType("instance_image").instanceId("inst-c")
                .synchronize(false).build());

        assertThat(report.images()).singleElement()
                .satisfies(verdict -> assertThat(verdict.state()).isEqualTo(WaitEnd.NOT_FOUND));
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isZero();
    }

    @Test
    void anEnterpriseImagePushedJustNowIsFoundAfterASyncOfEveryRegistry() {
        twoInstances();
        cloud.hss.push("finance/ledger:3.2", image -> image.type(ImageType.INSTANCE_IMAGE).instance(CLEAN, "swr-ee-a"));

        ScanReport report = run(settings(CLEAN, "finance/ledger:3.2"));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.images()).singleElement()
                .satisfies(verdict -> assertThat(verdict.state()).isEqualTo(WaitEnd.FINISHED));
        assertThat(cloud.requests(Endpoint.CREATE_IMAGE_SYNC_TASK)).isEqualTo(1);
        assertThat(cloud.requests(Endpoint.RUN_IMAGE_SYNCHRONIZE)).as("it takes private and shared images only").isZero();
        assertThat(report.requests()).containsEntry("image-sync-tasks", 1);
        assertThat(cloud.messages()).anySatisfy(message ->
                assertThat(message).contains("asking HSS to sync its copy of every registry (instance_image)"));
    }

    @Test
    void theSyncThatAnswersNothingIsAskedAgainAfterAMinuteWhileTheImageIsMissing() {
        twoInstances();

        ScanReport report = run(settings(CLEAN, "finance/typo:9"));

        assertThat(report.images().get(0).reason()).contains("did not list it 300 s after");
        assertThat(cloud.requests(Endpoint.CREATE_IMAGE_SYNC_TASK)).isBetween(4L, 6L);
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isZero();
        assertThat(Duration.between(SimulatedHss.START, report.finishedAt())).isBetween(Duration.ofMinutes(5),
                Duration.ofMinutes(6));
    }
}
