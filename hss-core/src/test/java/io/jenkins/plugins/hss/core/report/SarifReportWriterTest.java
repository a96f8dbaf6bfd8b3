package io.jenkins.plugins.hss.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.hss.core.model.FindingThreshold;
import io.jenkins.plugins.hss.core.gate.Findings;
import io.jenkins.plugins.hss.core.gate.Gate;
import io.jenkins.plugins.hss.core.model.GatePolicy;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.gate.Images;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.gate.Policies;
import io.jenkins.plugins.hss.core.gate.UnlistedImages;
import io.jenkins.plugins.hss.core.model.RepairNecessity;
import io.jenkins.plugins.hss.core.model.Vulnerability;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SarifReportWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GatePolicy GATE = gate("immediate_repair>0:failure", "delay_repair>5:unstable");

    @ParameterizedTest
    @MethodSource("reports")
    void everyReportIsValidAgainstTheOfficialSchema(Written written) {
        assertThat(SarifConformance.schemaErrors(written.sarif())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void theWorstLevelIsTheVerdict(Written written) {
        String worst = results(written.tree()).stream().map(r -> r.path("level").asText())
                .max(java.util.Comparator.comparingInt(SarifReportWriterTest::rank)).orElse("note");

        assertThat(worst).isEqualTo(level(written.report().outcome()));
    }

    @Test
    void theSchemaRefusesAReportThatBreaksIt() {
        ObjectNode tree = new SarifReportWriter("1.0", Policies.defaults(), VulnerabilityDetails.NONE).toTree(Reports.mixed());
        ((ObjectNode) tree.path("runs").path(0).path("results").path(0)).put("level", "fatal");
        ((ObjectNode) tree.path("runs").path(0).path("results").path(0)).remove("message");

        assertThat(SarifConformance.schemaErrors(tree.toString())).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void oneRulePerVulnerabilityIdAndOneResultPerImageAndFinding() {
        ImageResult web = levels("web", 1, 0);
        ImageResult api = levels("api", 1, 1);
        VulnerabilityDetails details = VulnerabilityDetails.NONE
                .with(web, List.of(vulnerability("CVE-2024-1", RepairNecessity.IMMEDIATE_REPAIR)))
                .with(api, List.of(vulnerability("CVE-2024-1", RepairNecessity.IMMEDIATE_REPAIR),
                        vulnerability("CVE-2024-2", RepairNecessity.DELAY_REPAIR)));

        JsonNode run = tree(report(GATE, web, api), details).path("runs").path(0);

        assertThat(ids(run.path("tool").path("driver").path("rules"), "id")).containsExactly("CVE-2024-1", "CVE-2024-2");
        assertThat(ids(run.path("results"), "ruleId")).containsExactly("CVE-2024-1", "CVE-2024-1", "CVE-2024-2");
        assertThat(run.path("results").path(2).path("ruleIndex").asInt()).isEqualTo(1);
    }

    @Test
    void eachVulnerabilityTakesTheOutcomeOfTheThresholdsThatCountIt() {
        ImageResult urgent = levels("urgent", 1, 1);
        ImageResult many = levels("many", 0, 6);
        List<Vulnerability> manyList = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            manyList.add(vulnerability("CVE-2024-10" + i, RepairNecessity.DELAY_REPAIR));
        }
        VulnerabilityDetails details = VulnerabilityDetails.NONE
                .with(urgent, List.of(vulnerability("CVE-2024-1", RepairNecessity.IMMEDIATE_REPAIR),
                        vulnerability("CVE-2024-2", RepairNecessity.DELAY_REPAIR)))
                .with(many, manyList);

        List<JsonNode> results = results(tree(report(GATE, urgent, many), details));

        assertThat(results).extracting(r -> r.path("ruleId").asText() + "=" + r.path("level").asText())
                .startsWith("CVE-2024-1=error", "CVE-2024-2=note")
                .endsWith("CVE-2024-105=warning");
        assertThat(results.get(0).path("message").path("text").asText())
                .contains("CVE-2024-1", "openssl 3.0.1", "immediate_repair", "team-a/urgent:1.0",
                        "fails the build: 1 unhandled immediate_repair (more than 0)");
    }

    @Test
    void aTotalThresholdRanksTheFindingsOfEveryImageItCounts() {
        GatePolicy total = gate("total:malicious_files>1:unstable");
        ImageResult one = findings("one", new Findings(0, 1, 0, Map.of()));
        ImageResult other = findings("other", new Findings(0, 1, 2, Map.of()));

        List<JsonNode> results = results(tree(total, report(total, one, other), VulnerabilityDetails.NONE));

        assertThat(results).extracting(r -> r.path("ruleId").asText() + "=" + r.path("level").asText())
                .containsExactly("hss/malicious-files=warning", "hss/malicious-files=warning", "hss/unsafe-settings=note");
    }

    @Test
    void vulnerabilitiesCountedButNotListedStillShow() {
        ImageResult partly = levels("partly", 0, 3);
        VulnerabilityDetails details = VulnerabilityDetails.NONE
                .with(partly, List.of(vulnerability("CVE-2024-2", RepairNecessity.DELAY_REPAIR)));
        GatePolicy countingHandled = GATE.toBuilder().countsHandled(true).build();

        List<JsonNode> results = results(tree(countingHandled, report(countingHandled, partly, levels("unread", 2, 0)),
                details));

        assertThat(results).extracting(r -> r.path("ruleId").asText() + "=" + r.path("level").asText())
                .containsExactly("CVE-2024-2=note", "hss/vulnerabilities=note", "hss/vulnerabilities=error");
        assertThat(results.get(1).path("message").path("text").asText()).startsWith("team-a/partly:1.0: 2 vulnerabilities")
                .contains("(1 listed)");
    }

    @Test
    void theVulnerabilitiesAListOfUnhandledOnesLeavesOutAreTheHandledOnesAndFailNothing() {
        ImageResult partly = levels("partly", 0, 3);
        VulnerabilityDetails unhandled = VulnerabilityDetails.NONE
                .with(partly, List.of(vulnerability("CVE-2024-2", RepairNecessity.DELAY_REPAIR)));

        List<JsonNode> results = results(tree(report(GATE, partly), unhandled));

        assertThat(results).extracting(r -> r.path("ruleId").asText() + "=" + r.path("level").asText())
                .containsExactly("CVE-2024-2=note", "hss/handled-vulnerabilities=note");
        assertThat(results.get(1).path("message").path("text").asText())
                .startsWith("team-a/partly:1.0: 2 vulnerabilities marked handled in HSS, which the gate does not count");
    }

    @Test
    void everyWayAScanEndsWithoutFindingsIsAResultOfItsOwn() {
        GatePolicy gate = GATE.toBuilder().onNotFound(Outcome.UNSTABLE).build();
        ScanReport report = new ScanReport(new Gate(gate).evaluate(List.of(
                        Images.inState("slow", WaitEnd.TIMED_OUT, "scanning"),
                        Images.inState("idle", WaitEnd.NOT_STARTED, "success"),
                        Images.inState("gone", WaitEnd.NOT_FOUND, null),
                        failed("broken", "failed_to_scan_file")),
                UnlistedImages.of(3, WaitEnd.TIMED_OUT)), Instant.EPOCH, Instant.EPOCH.plusSeconds(60), Map.of());

        List<JsonNode> results = results(tree(gate, report, VulnerabilityDetails.NONE));

        assertThat(results).extracting(r -> r.path("ruleId").asText() + "=" + r.path("level").asText()).containsExactly(
                "hss/scan-timed-out=error", "hss/scan-not-started=error", "hss/image-not-found=warning",
                "hss/scan-failed=error", "hss/unlisted-images=error");
        assertThat(results.get(3).path("message").path("text").asText())
                .contains("team-a/broken:1.0: scan status failed (failed_to_scan_file)");
    }

    @Test
    void aMalformedAnswerAndACountHssLeftOutAreFailuresOfTheirOwn() {
        GatePolicy gate = gate("vulnerabilities>0:failure", "malicious_files>0:unstable");
        ImageResult malformed = new ImageResult("private_image", "team-a", "odd", "1.0", "id-odd",
                WaitEnd.MALFORMED_ANSWER, "success", null, null, null, "negative counts: vul_num -5");
        ImageResult silent = Images.withFindings("silent", new Findings(null, null, 0, Map.of()));

        List<JsonNode> results = results(tree(gate, report(gate, malformed, silent), VulnerabilityDetails.NONE));

        assertThat(results).extracting(r -> r.path("ruleId").asText() + "=" + r.path("level").asText()).containsExactly(
                "hss/malformed-answer=error", "hss/count-missing=error", "hss/count-missing=warning");
        assertThat(results.get(0).path("message").path("text").asText()).contains("vul_num -5");
        assertThat(results.get(2).path("message").path("text").asText())
                .startsWith("HSS did not report malicious_file_num for team-a/silent:1.0: the count is unknown; makes the build unstable");
    }

    @Test
    void unknownCountsByRepairNecessityFailAsTheGateFailed() {
        ImageResult unknown = Images.finished("unknown", "success", 4);

        List<JsonNode> results = results(tree(report(GATE, unknown), VulnerabilityDetails.NONE));

        assertThat(results).extracting(r -> r.path("ruleId").asText() + "=" + r.path("level").asText())
                .containsExactly("hss/vulnerabilities=error", "hss/vulnerability-counts-unknown=error");
    }

    @Test
    void aTriggerOnlyRunSaysNoFindingsAreKnown() {
        ScanReport report = report(GATE, Images.inState("later", WaitEnd.NOT_WAITED, "unscan"));

        JsonNode run = tree(report, VulnerabilityDetails.NONE).path("runs").path(0);

        assertThat(ids(run.path("results"), "level")).containsExactly("note");
        assertThat(run.path("invocations").path(0).path("executionSuccessful").asBoolean()).isFalse();
    }

    @Test
    void theInvocationIsSuccessfulOnlyWhenEveryScanEndedWell() {
        assertThat(tree(report(GATE, levels("ok", 0, 1)), VulnerabilityDetails.NONE)
                .path("runs").path(0).path("invocations").path(0).path("executionSuccessful").asBoolean()).isTrue();
        assertThat(tree(Policies.defaults(), Reports.mixed(), VulnerabilityDetails.NONE)
                .path("runs").path(0).path("invocations").path(0).path("executionSuccessful").asBoolean()).isFalse();
    }

    @Test
    void theToolNamesItselfAndItsVersion() {
        JsonNode driver = tree(Policies.defaults(), Reports.mixed(), VulnerabilityDetails.NONE).path("runs").path(0).path("tool").path("driver");

        assertThat(driver.path("name").asText()).isEqualTo("hss-image-scan");
        assertThat(driver.path("version").asText()).isEqualTo("9.9.9");
        assertThat(driver.path("informationUri").asText()).startsWith("https://");
    }

    @Test
    void anImageIsARelativeReferenceAgainstItsRepositoryWithAStableFingerprint() {
        ImageResult image = levels("web", 1, 0);
        VulnerabilityDetails details = VulnerabilityDetails.NONE
                .with(image, List.of(vulnerability("CVE-2024-1", RepairNecessity.IMMEDIATE_REPAIR)));

        JsonNode run = tree(report(GATE, image), details).path("runs").path(0);
        JsonNode location = run.path("results").path(0).path("locations").path(0);

        assertThat(location.path("physicalLocation").path("artifactLocation").path("uri").asText()).isEqualTo("team-a/web:1.0");
        assertThat(location.path("physicalLocation").path("artifactLocation").path("uriBaseId").asText())
                .isEqualTo("SWR_PRIVATE_IMAGE");
        assertThat(location.path("logicalLocations").path(0).path("fullyQualifiedName").asText())
                .isEqualTo("private_image/team-a/web:1.0");
        assertThat(run.path("originalUriBaseIds").has("SWR_PRIVATE_IMAGE")).isTrue();
        String fingerprint = run.path("results").path(0).path("partialFingerprints").path(SarifReportWriter.FINGERPRINT).asText();
        assertThat(fingerprint).hasSize(64).isEqualTo(tree(report(GATE, levels("web", 1, 0)), details)
                .path("runs").path(0).path("results").path(0).path("partialFingerprints").path(SarifReportWriter.FINGERPRINT)
                .asText());
    }

    @Test
    void hostileApiTextStaysData() {
        ImageResult image = new ImageResult("private_image", "team-a", "x/../y", "1.0 ?#", "id", WaitEnd.FINISHED,
                "success", null, Instant.EPOCH, new Findings(1, 0, 0, Map.of()));
        Vulnerability hostile = new Vulnerability("CVE-1\u001b[31m", "delay_repair", Reports.HOSTILE, "p", "app", null,
                "1", Reports.HOSTILE, "javascript:alert(1)");

        String sarif = new SarifReportWriter("1.0", GATE, VulnerabilityDetails.NONE.with(image, List.of(hostile)))
                .render(report(GATE, image));
        JsonNode rule = read(sarif).path("runs").path(0).path("tool").path("driver").path("rules").path(0);

        assertThat(SarifConformance.schemaErrors(sarif)).isEmpty();
        assertThat(sarif).doesNotContain("\u001b").doesNotContain("\\u001b");
        assertThat(rule.path("id").asText()).isEqualTo("CVE-1?[31m");
        assertThat(rule.has("helpUri")).isFalse();
        assertThat(rule.path("help").path("markdown").asText()).doesNotContain("<script>", "[l](", "](javascript")
                .contains("&lt;script&gt;", "\\[l\\](http://e)", "\\*x\\*", "\\`rm\\`", "More: javascript:alert(1)");
        assertThat(read(sarif).path("runs").path(0).path("results").path(0).path("locations").path(0)
                .path("physicalLocation").path("artifactLocation").path("uri").asText())
                .isEqualTo("team-a/x%2F..%2Fy:1.0%20%3F%23");
    }

    @Test
    void aVulnerabilityLinkBecomesTheRulesHelpUri() {
        ImageResult image = levels("web", 1, 0);
        String sarif = new SarifReportWriter("1.0", GATE, VulnerabilityDetails.NONE
                .with(image, List.of(vulnerability("CVE-2024-1", RepairNecessity.IMMEDIATE_REPAIR))))
                .render(report(GATE, image));
        JsonNode rule = read(sarif).path("runs").path(0).path("tool").path("driver").path("rules").path(0);

        assertThat(rule.path("helpUri").asText()).isEqualTo("https://nvd.example/CVE-2024-1");
        assertThat(rule.path("help").path("text").asText()).contains("Fix: upgrade openssl", "More: https://nvd.example/CVE-2024-1");
        assertThat(rule.path("help").path("markdown").asText()).isEqualTo(
                "openssl flaw CVE-2024-1\n\nFix: upgrade openssl\n\nMore: https://nvd.example/CVE-2024-1");
        assertThat(rule.path("fullDescription").path("text").asText()).isEqualTo("openssl flaw CVE-2024-1");
    }

    static Stream<Written> reports() {
        ImageResult urgent = levels("urgent", 1, 1);
        VulnerabilityDetails details = VulnerabilityDetails.NONE.with(urgent, List.of(
                vulnerability("CVE-2024-1", RepairNecessity.IMMEDIATE_REPAIR), vulnerability("CVE-2024-2", RepairNecessity.DELAY_REPAIR)));
        return Stream.of(
                new Written("mixed", Policies.defaults(), Reports.mixed(), VulnerabilityDetails.NONE),
                new Written("unlisted", Policies.defaults(), Reports.withUnlisted(), VulnerabilityDetails.NONE),
                new Written("listed", GATE, report(GATE, urgent, levels("clean", 0, 0)), details),
                new Written("unstable", GATE, report(GATE, levels("many", 0, 6)), VulnerabilityDetails.NONE),
                new Written("clean", GATE, report(GATE, levels("clean", 0, 0)), VulnerabilityDetails.NONE));
    }

    /** A report rendered, for the parameterized tests. */
    record Written(String name, GatePolicy gate, ScanReport report, VulnerabilityDetails details) {

        String sarif() {
            return new SarifReportWriter("1.0", gate, details).render(report);
        }

        JsonNode tree() {
            return read(sarif());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static JsonNode tree(ScanReport report, VulnerabilityDetails details) {
        return tree(GATE, report, details);
    }

    private static JsonNode tree(GatePolicy gate, ScanReport report, VulnerabilityDetails details) {
        return read(new SarifReportWriter("9.9.9", gate, details).render(report));
    }

    private static JsonNode read(String sarif) {
        try {
            return JSON.readTree(sarif);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<JsonNode> results(JsonNode tree) {
        return StreamSupport.stream(tree.path("runs").path(0).path("results").spliterator(), false).toList();
    }

    private static List<String> ids(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(field).asText()).toList();
    }

    private static GatePolicy gate(String... thresholds) {
        return GatePolicy.defaults().withThresholds(Stream.of(thresholds).map(FindingThreshold::parse).toList());
    }

    private static ScanReport report(GatePolicy gate, ImageResult... images) {
        return new ScanReport(new Gate(gate).evaluate(List.of(images)), Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:07:30Z"), Map.of("batch-scan", 1));
    }

    private static ImageResult levels(String name, int immediate, int delay) {
        return Images.withLevels(name, immediate, delay);
    }

    private static ImageResult findings(String name, Findings findings) {
        return new ImageResult("private_image", "team-a", name, "1.0", "id-" + name, WaitEnd.FINISHED, "success",
                null, Instant.parse("2026-01-01T00:05:00Z"), findings.withNecessityCounts(Map.of()));
    }

    /** A failed scan, counted as the watcher counts one: no vulnerabilities at any level. */
    private static ImageResult failed(String name, String description) {
        ImageResult failed = Images.failed(name, description);
        return new ImageResult(failed.imageType(), failed.namespace(), failed.imageName(), failed.imageVersion(),
                failed.imageId(), failed.state(), failed.status(), failed.failureDescription(), failed.scanTime(),
                Findings.NONE.withNecessityCounts(Map.of()));
    }

    private static Vulnerability vulnerability(String id, RepairNecessity necessity) {
        return new Vulnerability(id, necessity.wireName(), "openssl flaw " + id, "layer-1", "openssl", "/usr/lib", "3.0.1",
                "upgrade openssl", "https://nvd.example/" + id);
    }

    private static String level(Outcome outcome) {
        return switch (outcome) {
            case FAILURE -> "error";
            case UNSTABLE -> "warning";
            case SUCCESS -> "note";
        };
    }

    private static int rank(String level) {
        return List.of("note", "warning", "error").indexOf(level);
    }
}
