package io.jenkins.plugins.hss.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import edu.hm.hafner.analysis.Issue;
import edu.hm.hafner.analysis.Report;
import edu.hm.hafner.analysis.Severity;
import io.jenkins.plugins.hss.core.model.FindingThreshold;
import io.jenkins.plugins.hss.core.gate.Findings;
import io.jenkins.plugins.hss.core.gate.Gate;
import io.jenkins.plugins.hss.core.model.GatePolicy;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.gate.Images;
import io.jenkins.plugins.hss.core.model.RepairNecessity;
import io.jenkins.plugins.hss.core.model.Vulnerability;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF report as Jenkins' Warnings NG reads it ({@code recordIssues(tools: [sarif(...)])}), through its parser library. */
class WarningsNgReadsSarifTest {

    private static final GatePolicy GATE = GatePolicy.defaults().withThresholds(List.of(
            FindingThreshold.parse("immediate_repair>0:failure"), FindingThreshold.parse("malicious_files>0:unstable")));

    @TempDir
    Path dir;

    @Test
    void readsOneIssuePerResultWithTheGatesSeverity() {
        Report issues = SarifConformance.readByWarningsNg(sarif(), dir);

        assertThat(issues).hasSize(4);
        assertThat(issues.getSizeOf(Severity.WARNING_HIGH)).isEqualTo(2);
        assertThat(issues.getSizeOf(Severity.WARNING_NORMAL)).isEqualTo(1);
        assertThat(issues.getSizeOf(Severity.WARNING_LOW)).isEqualTo(1);
    }

    @Test
    void anIssueNamesItsImageAsTheFileAndItsVulnerabilityAsTheType() {
        Issue urgent = issue(SarifConformance.readByWarningsNg(sarif(), dir), "CVE-2024-1");

        assertThat(urgent.getFileName()).isEqualTo("team-a/web:1.0");
        assertThat(urgent.getLineStart()).isEqualTo(1);
        assertThat(urgent.getSeverity()).isEqualTo(Severity.WARNING_HIGH);
        assertThat(urgent.getMessage()).contains("CVE-2024-1 in openssl 3.0.1", "immediate_repair", "fails the build",
                "Fix: upgrade openssl", "More: https://nvd.example/CVE-2024-1");
    }

    @Test
    void statesAndCountsAreIssuesToo() {
        Report issues = SarifConformance.readByWarningsNg(sarif(), dir);

        assertThat(issue(issues, "hss/scan-timed-out").getFileName()).isEqualTo("team-a/slow:1.0");
        assertThat(issue(issues, "hss/scan-timed-out").getSeverity()).isEqualTo(Severity.WARNING_HIGH);
        assertThat(issue(issues, "hss/malicious-files").getSeverity()).isEqualTo(Severity.WARNING_NORMAL);
        assertThat(issue(issues, "hss/malicious-files").getMessage()).contains("team-a/web:1.0: 2 malicious file(s)");
        assertThat(issue(issues, "CVE-2024-2").getSeverity()).isEqualTo(Severity.WARNING_LOW);
    }

    private static Issue issue(Report issues, String type) {
        return issues.stream().filter(issue -> issue.getType().equals(type)).findFirst().orElseThrow();
    }

    private static String sarif() {
        ImageResult web = new ImageResult("private_image", "team-a", "web", "1.0", "id-web", WaitEnd.FINISHED, "success",
                null, Instant.parse("2026-01-01T00:05:00Z"), new Findings(2, 2, 0, Map.of())
                .withNecessityCounts(Map.of(RepairNecessity.IMMEDIATE_REPAIR, 1, RepairNecessity.DELAY_REPAIR, 1)));
        ImageResult slow = Images.inState("slow", WaitEnd.TIMED_OUT, "scanning");
        ScanReport report = new ScanReport(new Gate(GATE).evaluate(List.of(web, slow)), Instant.EPOCH,
                Instant.EPOCH.plusSeconds(600), Map.of());
        VulnerabilityDetails details = VulnerabilityDetails.NONE.with(web, List.of(
                new Vulnerability("CVE-2024-1", "immediate_repair", "openssl flaw", "layer", "openssl", null, "3.0.1",
                        "upgrade openssl", "https://nvd.example/CVE-2024-1"),
                new Vulnerability("CVE-2024-2", "delay_repair", "zlib flaw", "layer", "zlib", null, "1.2", null, null)));
        return new SarifReportWriter("1.0", GATE, details).render(report);
    }
}
