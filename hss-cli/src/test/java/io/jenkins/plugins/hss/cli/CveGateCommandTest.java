package io.jenkins.plugins.hss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.simulator.Cve;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.Hostility;
import io.jenkins.plugins.hss.simulator.RepairNecessity;
import io.jenkins.plugins.hss.simulator.Scenario;
import io.jenkins.plugins.hss.simulator.Vulnerability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --gate cvss>SCORE} and {@code --gate cve:ID} through the real command, against the simulator. */
class CveGateCommandTest {

    private static final String IMAGE = "team/app:1.0";

    @TempDir
    Path dir;

    private static void oneImage(Scenario.Builder images) {
        images.image(IMAGE, image -> image.vulnerabilities(
                Vulnerability.of("CVE-2026-0001", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3.0.1")
                        .withCves(new Cve("CVE-2026-0001", 9.8)),
                Vulnerability.of("CVE-2026-0002", RepairNecessity.DELAY_REPAIR, "zlib", "1.2.13")
                        .withCves(new Cve("CVE-2026-0002", 4.3))));
    }

    private CommandRun scan(SimulatedHss hss, String... gate) {
        List<String> args = new ArrayList<>(List.of("-i", IMAGE, "--timeout", "10m", "--report-json", "report.json"));
        for (String rule : gate) {
            args.addAll(List.of("--gate", rule));
        }
        return hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, args.toArray(String[]::new));
    }

    @Test
    void aCveScoredAboveTheLimitFailsTheBuildAndTheReportShowsIt() throws IOException {
        try (SimulatedHss hss = SimulatedHss.onSimulatedTime(CveGateCommandTest::oneImage, simulator -> { })) {
            CommandRun run = scan(hss, "cvss>8.9");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
            assertThat(run.out()).contains("CVSS 9.8 among its unhandled vulnerabilities (more than 8.9): CVE-2026-0001 9.8");
            assertThat(Files.readString(dir.resolve("report.json")).replaceAll("\\s", ""))
                    .contains("\"cves\":{\"worstCvss\":9.8,\"matched\":{\"CVE-2026-0001\":9.8}}");
            assertThat(hss.requests(Endpoint.LIST_GENERAL_IMAGE_VULNERABILITIES)).isEqualTo(2);
        }
    }

    @Test
    void denyingACveTheImageDoesNotHavePassesAndOneItHasMakesItUnstable() {
        try (SimulatedHss hss = SimulatedHss.onSimulatedTime(CveGateCommandTest::oneImage, simulator -> { })) {
            assertThat(scan(hss, "cve:CVE-2021-44228").exitCode()).isEqualTo(ExitCode.PASS);

            CommandRun run = scan(hss, "cve:cve-2026-0002:unstable", "cvss>9.8");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.UNSTABLE);
            assertThat(run.out()).contains("denied CVE-2026-0002 (CVSS 4.3)");
        }
    }

    @Test
    void unknownScoresFailTheBuildNamingWhy() {
        try (SimulatedHss hss = SimulatedHss.onSimulatedTime(CveGateCommandTest::oneImage,
                simulator -> simulator.faults(plan -> plan.hostile(Hostility.CVES_MISSING)))) {
            CommandRun run = scan(hss, "cvss>9.9");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
            assertThat(run.out()).contains("CVSS unknown", "ListGeneralImageVuls does not list 2 of the image's vulnerabilities");
        }
    }

    @Test
    void anUnreadableCveRuleIsAUsageErrorBeforeAnyRequest() {
        try (SimulatedHss hss = SimulatedHss.onSimulatedTime(CveGateCommandTest::oneImage, simulator -> { })) {
            CommandRun run = scan(hss, "cvss>12", "cve:log4shell");

            assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("gate.thresholds", "cvss>12", "0 to 10", "cve:log4shell", "cve:CVE-2021-44228");
            assertThat(hss.requestsReceived()).isZero();
        }
    }
}
