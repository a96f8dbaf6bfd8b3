package io.jenkins.plugins.hss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.Fault;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import io.jenkins.plugins.hss.simulator.Hostility;
import io.jenkins.plugins.hss.simulator.RepairNecessity;
import io.jenkins.plugins.hss.simulator.Scenario;
import io.jenkins.plugins.hss.simulator.Vulnerability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 through the real command: each answer of a hostile HSS (the simulator's
 * {@link Hostility} modes), on simulated time shared with the command, asserting the exit code,
 * the requests HSS received and when the command ended.
 */
class HostileHssTest {

    private static final String IMAGE = "team/app:1.0";

    @TempDir
    Path dir;

    private static SimulatedHss hss(Hostility hostility) {
        return SimulatedHss.onSimulatedTime(HostileHssTest::oneImage, simulator -> simulator.faults(plan -> plan.hostile(hostility)));
    }

    private static void oneImage(Scenario.Builder images) {
        images.image(IMAGE, image -> image.vulnerabilities(
                Vulnerability.of("CVE-2026-0001", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3.0.1"),
                Vulnerability.of("CVE-2026-0002", RepairNecessity.DELAY_REPAIR, "zlib", "1.2.13")));
    }

    private CommandRun scan(SimulatedHss hss, String... more) {
        List<String> args = new ArrayList<>(List.of("-i", IMAGE, "--timeout", "10m", "--report-json", "report.json"));
        args.addAll(List.of(more));
        return hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, args.toArray(String[]::new));
    }

    private String report() throws IOException {
        return Files.readString(dir.resolve("report.json"));
    }

    @Test
    void aVulnerabilityListThatFailsEveryCallEndsAtTheDeadlineWithAReport() throws IOException {
        try (SimulatedHss hss = hss(Hostility.VULNERABILITIES_THROTTLED)) {
            CommandRun run = scan(hss, "--gate", "immediate_repair>0");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
            assertThat(run.out()).contains("immediate_repair", "unknown");
            assertThat(hss.elapsed()).isEqualTo(Duration.ofMinutes(10));
            assertThat(report()).contains("\"vulnerabilities\" : " + hss.requests(Endpoint.LIST_IMAGE_VULNERABILITIES));
        }
    }

    @Test
    void aVulnerabilityListThatDisagreesWithVulNumIsAMalformedAnswer() {
        try (SimulatedHss hss = hss(Hostility.VULNERABILITIES_MISSING)) {
            CommandRun run = scan(hss, "--gate", "immediate_repair>0");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.API_ERROR);
            assertThat(run.out()).contains("malformed answer", "vul_num 2");
            assertThat(hss.elapsed()).isLessThan(Duration.ofMinutes(3));
        }
    }

    @Test
    void aMissingVulNumIsUnknownNeverZero() {
        try (SimulatedHss hss = hss(Hostility.VUL_NUM_MISSING)) {
            CommandRun run = scan(hss, "--gate", "vulnerabilities>0", "--count-handled");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
            assertThat(run.out()).contains("vul_num", "unknown");
        }
    }

    @Test
    void negativeCountsAreAMalformedAnswer() {
        try (SimulatedHss hss = hss(Hostility.NEGATIVE_COUNTS)) {
            assertAMalformedAnswerOfTheTriggeredImage(hss, scan(hss), "vul_num -5");
        }
    }

    /** The run triggered its image and ended as an HSS error: the answers about the image, named, prove nothing. */
    private static void assertAMalformedAnswerOfTheTriggeredImage(SimulatedHss hss, CommandRun run, String what) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.API_ERROR);
        assertThat(run.out()).contains("malformed answer", what);
        assertThat(hss.requests(Endpoint.BATCH_SCAN)).isEqualTo(1);
    }

    @Test
    void anUnknownRepairNecessityIsNeverIgnored() {
        try (SimulatedHss hss = hss(Hostility.UNKNOWN_REPAIR_NECESSITY)) {
            CommandRun run = scan(hss, "--gate", "immediate_repair>0");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
            assertThat(run.out()).contains("emergency_repair");
        }
    }

    @Test
    void twoDifferentRowsForOneImageAreAMalformedAnswerInEitherOrder() {
        for (Hostility order : new Hostility[] {Hostility.DUPLICATE_ROWS, Hostility.DUPLICATE_ROWS_REVERSED}) {
            try (SimulatedHss hss = hss(order)) {
                CommandRun run = scan(hss);

                assertThat(run.exitCode()).as(order.key() + run.err()).isEqualTo(ExitCode.API_ERROR);
                assertThat(run.out()).as(order.key()).contains("malformed answer");
            }
        }
    }

    @Test
    void aDataListThatIsNotAnArrayIsAMalformedAnswerAndNeverANotFoundImage() {
        try (SimulatedHss hss = hss(Hostility.DATA_LIST_NOT_ARRAY)) {
            // The image list is triggered at once; the first poll's answer proves nothing about the image.
            assertAMalformedAnswerOfTheTriggeredImage(hss, scan(hss, "--on-not-found", "success"), "data_list");
        }
    }

    @Test
    void aDataListThatIsNotAnArrayBeforeTheTriggerTriggersNothing() {
        try (SimulatedHss hss = hss(Hostility.DATA_LIST_NOT_ARRAY)) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "--all", "--scan-status", "unscan");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.API_ERROR);
            assertThat(run.err()).contains("data_list");
            assertThat(hss.requests(Endpoint.BATCH_SCAN)).isZero();
        }
    }

    @Test
    void endlessPagesAreNoticedAtTheFirstPoll() {
        try (SimulatedHss hss = hss(Hostility.ENDLESS_PAGES)) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", IMAGE, "--timeout", "40s");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.API_ERROR);
            assertThat(run.out()).contains("offset 200", "offset 0");
            assertThat(hss.requests(Endpoint.LIST_SWR_IMAGES)).isEqualTo(2);
            assertThat(hss.elapsed()).isLessThan(Duration.ofSeconds(40));
        }
    }

    @Test
    void aListingBeforeTheTriggerEndsByTheDeadline() {
        try (SimulatedHss hss = SimulatedHss.onSimulatedTime(images -> {
            for (int i = 0; i < 1_200; i++) {
                images.image("team/svc-" + i + ":1.0");
            }
        }, simulator -> { })) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "--all", "--scan-status", "unscan", "--timeout", "40s");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.TIMEOUT);
            assertThat(run.err()).contains("nothing was triggered");
            assertThat(hss.requests(Endpoint.BATCH_SCAN)).isZero();
            assertThat(hss.elapsed()).isEqualTo(Duration.ofSeconds(40));
        }
    }

    @Test
    void aTriggerExecutedButAnswered500IsCheckedAndSaidSo() throws IOException {
        try (SimulatedHss hss = hss(Hostility.TRIGGER_LOST)) {
            CommandRun run = scan(hss);

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
            assertThat(hss.requests(Endpoint.BATCH_SCAN)).isEqualTo(1);
            assertThat(run.err()).contains("checking whether the scans started", "the scans started");
            assertThat(report()).contains("\"batch-scan\" : 1");
        }
    }

    @Test
    void aTriggerExecutedButDroppedIsCheckedAndSaidSo() {
        try (SimulatedHss hss = hss(Hostility.TRIGGER_DROPPED)) {
            CommandRun run = scan(hss);

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
            assertThat(hss.requests(Endpoint.BATCH_SCAN)).isEqualTo(1);
            assertThat(run.err()).contains("checking whether the scans started");
        }
    }

    @Test
    void aListingCutMidBodyIsRetried() throws IOException {
        try (SimulatedHss hss = hss(Hostility.LISTING_CUT)) {
            CommandRun run = scan(hss);

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
            assertThat(report()).contains("\"swr-repository\" : " + hss.requests(Endpoint.LIST_SWR_IMAGES));
        }
    }

    @Test
    void anErrorThatEchoesTheRequestShowsNoSecretAnywhere() throws IOException {
        String secretKey = "Sk-0123456789-very-secret-key-abcdef";
        String securityToken = "St-temporary-security-token-0123456789";
        try (SimulatedHss hss = SimulatedHss.onSimulatedTime(HostileHssTest::oneImage, simulator -> simulator
                .temporaryAccessKey("TEMPACCESSKEY0000001", secretKey, securityToken)
                .faults(plan -> plan.hostile(Hostility.ECHOED_SECRETS)))) {
            CommandRun run = hss.run(Map.of("HSS_ACCESS_KEY", "TEMPACCESSKEY0000001", "HSS_SECRET_KEY", secretKey,
                    "HSS_SECURITY_TOKEN", securityToken), dir, "-i", IMAGE, "--timeout", "10m", "--gate", "immediate_repair>0",
                    "--report-json", "report.json", "--report-markdown", "report.md", "--report-junit", "report.xml");

            String everything = run.output() + report() + Files.readString(dir.resolve("report.md"))
                    + Files.readString(dir.resolve("report.xml"));
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
            assertThat(everything).contains("Authorization: ****").doesNotContain(secretKey, securityToken)
                    .doesNotContainPattern("Signature=[0-9a-f]{64}");
        }
    }

    @Test
    void anErrorThatEchoesAnIamTokenShowsNoToken() {
        try (SimulatedHss hss = SimulatedHss.onSimulatedTime(HostileHssTest::oneImage,
                simulator -> simulator.faults(plan -> plan.next(Endpoint.LIST_SWR_IMAGES, Fault.echoRequest(400))))) {
            CommandRun run = hss.run(Map.of("HSS_USERNAME", HssSimulator.DEMO_USER, "HSS_PASSWORD", HssSimulator.DEMO_PASSWORD,
                    "HSS_DOMAIN", HssSimulator.DEMO_DOMAIN), dir, "-i", IMAGE);

            // The refused call is the first poll: reported, and the next poll goes on.
            assertThat(run.err()).contains("poll failed", "X-Auth-Token").doesNotContain("MII", HssSimulator.DEMO_PASSWORD);
            assertThat(run.out()).doesNotContain("MII", HssSimulator.DEMO_PASSWORD);
        }
    }

    @Test
    void anUnknownTerminalStatusFailsAtOnce() {
        try (SimulatedHss hss = hss(Hostility.UNKNOWN_STATUS)) {
            CommandRun run = scan(hss);

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
            assertThat(run.out()).contains("quarantined");
            assertThat(hss.elapsed()).isLessThan(Duration.ofMinutes(3));
        }
    }

    @Test
    void aRowWithoutScanStatusNeverPrintsNull() {
        try (SimulatedHss hss = hss(Hostility.STATUS_MISSING)) {
            CommandRun run = scan(hss);

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
            assertThat(run.output()).doesNotContain("null");
        }
    }

    @Test
    void aStormOf429sOnTheTriggerIsWaitedOutAndCounted() throws IOException {
        try (SimulatedHss hss = SimulatedHss.onSimulatedTime(HostileHssTest::oneImage,
                simulator -> simulator.faults(plan -> plan.next(Endpoint.BATCH_SCAN, 30, Fault.throttle(Duration.ofSeconds(10)))))) {
            CommandRun run = scan(hss);

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
            assertThat(hss.requests(Endpoint.BATCH_SCAN)).isEqualTo(31);
            assertThat(report()).contains("\"batch-scan\" : 31");
        }
    }
}
