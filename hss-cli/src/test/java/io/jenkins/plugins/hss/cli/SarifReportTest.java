package io.jenkins.plugins.hss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.hm.hafner.analysis.Issue;
import edu.hm.hafner.analysis.Report;
import edu.hm.hafner.analysis.Severity;
import io.jenkins.plugins.hss.core.report.SarifConformance;
import io.jenkins.plugins.hss.simulator.RepairNecessity;
import io.jenkins.plugins.hss.simulator.Vulnerability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --report-sarif}: the demo's report and a real run's, as the schema and Warnings NG read them. */
class SarifReportTest {

    @TempDir
    Path dir;

    @Test
    void theDemoWritesASarifReportThatTheSchemaAndWarningsNgAccept() throws IOException {
        CommandRun run = CommandRun.of(Map.of(), dir, "--demo", "--report-sarif", "demo.sarif");
        String sarif = Files.readString(dir.resolve("demo.sarif"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(run.err()).contains("wrote " + dir.resolve("demo.sarif"));
        assertThat(SarifConformance.schemaErrors(sarif)).isEmpty();
        Report issues = SarifConformance.readByWarningsNg(dir.resolve("demo.sarif"));
        assertThat(issues.stream().map(Issue::getType)).containsExactlyInAnyOrder(
                "CVE-2024-6387", "CVE-2023-45853", "CVE-2022-48174", "CVE-2024-0727", "CVE-2022-48174",
                "hss/unsafe-settings", "hss/scan-failed", "hss/scan-failed");
        assertThat(issues.stream().filter(i -> i.getFileName().equals("data/etl:0.9.2")).map(Issue::getSeverity))
                .containsExactly(Severity.WARNING_HIGH);
        assertThat(issues.stream().filter(i -> i.getFileName().equals("ml/trainer:3.0.0")).map(Issue::getSeverity))
                .containsExactly(Severity.WARNING_NORMAL);
        assertThat(issues.stream().filter(i -> i.getType().startsWith("CVE-")).map(Issue::getSeverity))
                .containsOnly(Severity.WARNING_LOW);
    }

    @Test
    void aRealRunListsEachVulnerabilityWithItsFixAndLink() throws IOException {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0", image -> image.vulnerabilities(
                Vulnerability.of("CVE-2024-1", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3.0.1"))))) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "team/app:1.0",
                    "--gate", "immediate_repair>0:failure", "--report-sarif", "out/hss.sarif");
            JsonNode tree = new ObjectMapper().readTree(dir.resolve("out/hss.sarif").toFile()).path("runs").path(0);

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
            assertThat(tree.path("tool").path("driver").path("version").asText()).isNotBlank().isNotEqualTo("unknown");
            JsonNode rule = tree.path("tool").path("driver").path("rules").path(0);
            assertThat(rule.path("id").asText()).isEqualTo("CVE-2024-1");
            assertThat(rule.path("helpUri").asText()).isEqualTo("https://nvd.nist.gov/vuln/detail/CVE-2024-1");
            assertThat(rule.path("help").path("text").asText()).contains("Fix: Upgrade openssl to a fixed version.");
            assertThat(levels(tree)).containsExactly("error");
        }
    }

    @Test
    void aTimedOutRunReportsTheTimeoutAsAnErrorAndReadsNoList() throws IOException {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/slow:1.0", image -> image
                .scanDuration(java.time.Duration.ofMinutes(5))
                .vulnerabilities(Vulnerability.of("CVE-2024-1", RepairNecessity.DELAY_REPAIR, "zlib", "1.2"))))) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "team/slow:1.0", "--timeout", "1s",
                    "--report-sarif", "hss.sarif");
            String sarif = Files.readString(dir.resolve("hss.sarif"));
            JsonNode tree = new ObjectMapper().readTree(sarif).path("runs").path(0);

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.TIMEOUT);
            assertThat(SarifConformance.schemaErrors(sarif)).isEmpty();
            assertThat(tree.path("results").path(0).path("ruleId").asText()).isEqualTo("hss/scan-timed-out");
            assertThat(levels(tree)).containsExactly("error");
            assertThat(tree.path("invocations").path(0).path("executionSuccessful").asBoolean()).isFalse();
        }
    }

    private static List<String> levels(JsonNode run) {
        return StreamSupport.stream(run.path("results").spliterator(), false).map(r -> r.path("level").asText()).toList();
    }
}
