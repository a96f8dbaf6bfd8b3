package io.jenkins.plugins.hss.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.hss.core.gate.CveExposure;
import io.jenkins.plugins.hss.core.gate.Findings;
import io.jenkins.plugins.hss.core.gate.Gate;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.Images;
import io.jenkins.plugins.hss.core.model.FindingThreshold;
import io.jenkins.plugins.hss.core.model.GatePolicy;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Every report format shows, per image, the worst CVSS score and the CVEs a threshold matched, or why they are unknown. */
class CveReportTest {

    private static final GatePolicy GATE = GatePolicy.defaults().withThresholds(List.of(
            FindingThreshold.parse("cvss>8.9"), FindingThreshold.parse("cve:CVE-2022-0001:unstable")));

    private static ImageResult image(String name, CveExposure cves) {
        return Images.withFindings(name, new Findings(2, 0, 0, Map.of()).withCves(cves));
    }

    private final ScanReport report = new ScanReport(new Gate(GATE).evaluate(List.of(
            image("log4j", new CveExposure(10.0, Map.of("CVE-2021-44228", 10.0, "CVE-2022-0001", 5.3), List.of(), null)),
            image("clean", new CveExposure(4.0, Map.of(), List.of(), null)),
            image("unknown", CveExposure.unknown("ListGeneralImageVuls could not be read: HTTP 500")))),
            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:07:30Z"), Map.of("batch-scan", 1));

    @Test
    void theGateNamesTheScoreAndTheCvesOrWhyTheyAreUnknown() {
        assertThat(report.verdict().reasons()).containsExactly(
                "team-a/log4j:1.0: CVSS 10.0 among its unhandled vulnerabilities (more than 8.9): CVE-2021-44228 10.0",
                "team-a/unknown:1.0: CVSS unknown among its unhandled vulnerabilities: "
                        + "ListGeneralImageVuls could not be read: HTTP 500");
    }

    @Test
    void jsonCarriesTheScoresAndReadsBack() throws Exception {
        String json = new JsonReportWriter().render(report);
        JsonNode images = new ObjectMapper().readTree(json).path("images");

        assertThat(images.path(0).path("findings").path("cves").toString())
                .isEqualTo("{\"worstCvss\":10.0,\"matched\":{\"CVE-2021-44228\":10.0,\"CVE-2022-0001\":5.3}}");
        assertThat(images.path(2).path("findings").path("cves").toString())
                .isEqualTo("{\"unknown\":\"ListGeneralImageVuls could not be read: HTTP 500\"}");
        assertThat(new JsonReportReader().read(new StringReader(json))).isEqualTo(report);
    }

    @Test
    void markdownAddsACveColumnOnlyWhenAThresholdReadThem() {
        String markdown = new MarkdownReportWriter().render(report);

        assertThat(markdown).contains("| Unsafe settings | CVEs | Outcome |")
                .contains("| CVSS 10\\.0: CVE\\-2021\\-44228 10\\.0, CVE\\-2022\\-0001 5\\.3 | FAILURE |")
                .contains("| CVSS 4\\.0 | SUCCESS |").contains("| CVSS ? | FAILURE |");
        assertThat(new MarkdownReportWriter().render(Reports.mixed())).doesNotContain("CVEs");
    }

    @Test
    void textShowsThemBesideTheCounts() {
        assertThat(new TextReportWriter().render(report))
                .contains("2/0/0, CVSS 10.0: CVE-2021-44228 10.0, CVE-2022-0001 5.3").contains("2/0/0, CVSS ?");
    }

    @Test
    void sarifGivesEachImageACveResultJudgedByTheCveThresholds() throws Exception {
        JsonNode sarif = new ObjectMapper().readTree(new SarifReportWriter("9.9.9", GATE, VulnerabilityDetails.NONE)
                .render(report));
        List<JsonNode> cves = StreamSupport.stream(sarif.path("runs").path(0).path("results").spliterator(), false)
                .filter(result -> result.path("ruleId").asText().equals("hss/cve-scores")).toList();

        assertThat(cves).extracting(result -> result.path("message").path("text").asText()).containsExactly(
                "team-a/log4j:1.0: CVSS 10.0: CVE-2021-44228 10.0, CVE-2022-0001 5.3; fails the build: "
                        + "CVSS 10.0 among its unhandled vulnerabilities (more than 8.9): CVE-2021-44228 10.0",
                "team-a/clean:1.0: CVSS 4.0; does not change the build's result",
                "team-a/unknown:1.0: CVSS ? (ListGeneralImageVuls could not be read: HTTP 500); fails the build: "
                        + "CVSS unknown among its unhandled vulnerabilities: ListGeneralImageVuls could not be read: HTTP 500");
        assertThat(cves).extracting(result -> result.path("level").asText()).containsExactly("error", "note", "error");
    }
}
