package io.jenkins.plugins.hss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.Fault;
import io.jenkins.plugins.hss.simulator.ImageType;
import io.jenkins.plugins.hss.simulator.RepairNecessity;
import io.jenkins.plugins.hss.simulator.Vulnerability;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 from the command line: build, push, scan. A tag pushed just before the run is synced,
 * found, scanned and gated on; SWR Enterprise images are scanned with --instance-id; handled
 * vulnerabilities count with --count-handled only; fields HSS's calls cannot carry are refused
 * before anything is sent.
 */
class SyncAndEnterpriseTest {

    private static final String PUSHED = "team/app:1.1";

    @TempDir
    Path dir;

    private static SimulatedHss withAPushedImage() {
        SimulatedHss hss = SimulatedHss.onSimulatedTime(images -> images.image("team/web:2.0"), simulator -> { });
        hss.push(PUSHED, image -> image.vulnerabilities(
                Vulnerability.of("CVE-2026-0100", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3.0.1")));
        return hss;
    }

    @Test
    void aTagPushedJustNowIsSyncedFoundScannedAndGatedOn() throws Exception {
        try (SimulatedHss hss = withAPushedImage()) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", PUSHED, "-i", "team/web:2.0",
                    "--gate", "immediate_repair>0:failure", "--report-json", "report.json");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
            assertThat(run.err()).contains("not listed yet: asking HSS to sync its copy of the private_image repository",
                    "synced: found " + PUSHED);
            assertThat(run.out()).contains(PUSHED + ": 1 unhandled immediate_repair (more than 0)");
            JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
            assertThat(report.path("requests").path("synchronize").asInt()).isEqualTo(1);
            assertThat(report.path("requests").path("batch-scan").asInt()).as("the list at once, then the synced image")
                    .isEqualTo(2);
            assertThat(hss.requests(Endpoint.RUN_IMAGE_SYNCHRONIZE)).isEqualTo(1);
        }
    }

    @Test
    void noSyncReportsThePushedTagNotFoundWithoutASyncCall() {
        try (SimulatedHss hss = withAPushedImage()) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", PUSHED, "--no-sync");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
            assertThat(run.out()).contains("not found in the repository", "synchronize is off");
            assertThat(hss.requests(Endpoint.RUN_IMAGE_SYNCHRONIZE)).isZero();
        }
    }

    @Test
    void syncEqualsFalseIsNoSync() {
        try (SimulatedHss hss = withAPushedImage()) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", PUSHED, "--sync=false");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
            assertThat(hss.requests(Endpoint.RUN_IMAGE_SYNCHRONIZE)).isZero();
        }
    }

    @Test
    void aSyncHssRefusesLeavesTheTagNotFoundNamingTheError() {
        try (SimulatedHss hss = withAPushedImage()) {
            hss.faults().next(Endpoint.RUN_IMAGE_SYNCHRONIZE, Fault.error(403, "HSS.0013", "Insufficient permissions"));

            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", PUSHED);

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
            assertThat(run.out()).contains("not found in the repository", "sync call failed", "HSS.0013");
            assertThat(run.err()).contains("the sync failed");
        }
    }

    @Test
    void theDryRunShowsTheSyncStep() {
        try (SimulatedHss hss = withAPushedImage()) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", PUSHED, "--dry-run");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
            assertThat(run.err()).contains("sync before scan", "POST /v5/{project_id}/image/synchronize",
                    "{\"image_type\":\"private_image\"}", "at most 5 minutes");
            assertThat(hss.requestsReceived()).isZero();
        }
    }

    @Test
    void anEnterpriseImageIsScannedInTheInstanceTheOptionNames() {
        try (SimulatedHss hss = SimulatedHss.onSimulatedTime(images -> images
                .image("finance/ledger:3.1", image -> image.type(ImageType.INSTANCE_IMAGE).instance("inst-a", "ee-a"))
                .image("finance/ledger:3.1", image -> image.type(ImageType.INSTANCE_IMAGE).instance("inst-b", "ee-b")
                        .vulnerabilities(Vulnerability.of("CVE-2026-0201", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3"))),
                simulator -> { })) {
            CommandRun clean = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "--image-type", "instance_image",
                    "--instance-id", "inst-a", "-i", "finance/ledger:3.1", "--gate", "immediate_repair>0");
            CommandRun vulnerable = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "--image-type", "instance_image",
                    "--instance-id", "inst-b", "-i", "finance/ledger:3.1", "--gate", "immediate_repair>0");

            assertThat(clean.exitCode()).as(clean.err()).isEqualTo(ExitCode.PASS);
            assertThat(vulnerable.exitCode()).as(vulnerable.err()).isEqualTo(ExitCode.GATE_FAILED);
        }
    }

    @Test
    void anEnterpriseImageWithoutItsInstanceIsRefusedNamingTheOption() {
        try (SimulatedHss hss = withAPushedImage()) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "--image-type", "instance_image",
                    "-i", "finance/ledger:3.1");

            assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("--instance-id: instance_id is missing", "set instance_id");
            assertThat(hss.requestsReceived()).isZero();
        }
    }

    @Test
    void aVulnerabilityMarkedHandledFailsTheBuildOnlyWhenHandledOnesCount() {
        try (SimulatedHss hss = SimulatedHss.onSimulatedTime(images -> images.image("team/api:1.0", image -> image
                        .vulnerabilities(Vulnerability.of("CVE-2026-0001", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3"),
                                Vulnerability.of("CVE-2026-0002", RepairNecessity.DELAY_REPAIR, "zlib", "1.2"))
                        .handled("CVE-2026-0001")),
                simulator -> { })) {
            CommandRun unhandled = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "team/api:1.0",
                    "--gate", "immediate_repair>0");
            CommandRun all = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "team/api:1.0",
                    "--gate", "immediate_repair>0", "--count-handled");

            assertThat(unhandled.exitCode()).as(unhandled.err()).isEqualTo(ExitCode.PASS);
            assertThat(all.exitCode()).as(all.err()).isEqualTo(ExitCode.GATE_FAILED);
            assertThat(all.out()).contains("team/api:1.0: 1 immediate_repair (more than 0)");
        }
    }

    @Test
    void aTagTooLongForHssListsIsRefusedBeforeAnythingIsSent() {
        try (SimulatedHss hss = withAPushedImage()) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "team/app:v" + "1".repeat(64));

            assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("--image:", "65 characters", "image_version", "tag_name");
            assertThat(hss.requestsReceived()).isZero();
        }
    }
}
