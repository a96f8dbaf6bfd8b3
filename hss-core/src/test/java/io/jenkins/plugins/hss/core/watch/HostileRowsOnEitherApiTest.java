package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.RepairNecessity;
import io.jenkins.plugins.hss.core.model.ScanApi;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.Fault;
import io.jenkins.plugins.hss.simulator.Scenario;
import io.jenkins.plugins.hss.simulator.Vulnerability;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile image rows decide the same on either API (the repository list's, as in FailClosedTest,
 * and the registry image list's): what proves nothing never passes.
 */
class HostileRowsOnEitherApiTest {

    private static final String IMAGE = "team-a/api:1.0";

    private final SimulatedHss cloud = new SimulatedHss(Scenario.builder()
            .image(IMAGE, image -> image.vulnerabilities(
                    Vulnerability.of("CVE-2026-0001", io.jenkins.plugins.hss.simulator.RepairNecessity.fromWire(
                            RepairNecessity.IMMEDIATE_REPAIR.wireName()).orElseThrow(), "openssl", "3.0.1")))
            .build());

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    /** Each hostile row on each API. */
    static Stream<Arguments> hostileRows() {
        return Stream.of(ScanApi.BATCH_SCAN, ScanApi.IMAGE_SCAN_TASKS).flatMap(api -> Stream.of(
                Arguments.of(api, "no vul_num", Fault.removeFromRows("vul_num"), "vulnerabilities>0",
                        new String[] {"vulnerabilities", "unknown", "vul_num"}),
                Arguments.of(api, "negative counts", Fault.setInRows(Map.of("vul_num", -5, "malicious_file_num", -1)),
                        "unsafe_settings>0", new String[] {"malformed answer", "vul_num -5", "malicious_file_num -1"}),
                Arguments.of(api, "two different rows", Fault.duplicateRows("scan_status", "failed", true),
                        "malicious_files>0", new String[] {"malformed answer", "failed", "success"}),
                Arguments.of(api, "an unknown status", Fault.replaceInRows("scan_status", "success", "quarantined"),
                        "malicious_files>0", new String[] {"quarantined"})));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("hostileRows")
    void aHostileImageRowFailsTheRunNamingWhyOnEitherApi(ScanApi api, String name, Fault fault, String threshold,
                                                         String[] reason) {
        cloud.hss.faults().always(SimulatedHss.listEndpoint(api), fault);

        ScanReport report = cloud.finish(cloud.start(cloud.settings(api, IMAGE)
                .thresholds(threshold).countHandled(true).build()));

        assertThat(report.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(report.verdict().reasons()).singleElement().asString().contains(reason);
        assertThat(report.images()).extracting(image -> image.state()).doesNotContain(WaitEnd.NOT_FOUND);
        assertThat(cloud.lists(api)).as("followed through its own API's list only")
                .isEqualTo(cloud.requests(Endpoint.LIST_SWR_IMAGES) + cloud.requests(Endpoint.LIST_REGISTRY_IMAGES));
        assertThat(Duration.between(SimulatedHss.START, cloud.clock.instant())).isLessThan(Duration.ofMinutes(5));
    }
}
