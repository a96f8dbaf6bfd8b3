package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Scenarios: the JSON format, the generator and the builder's checks. */
class ScenarioTest {

    private static Scenario example() throws IOException {
        try (InputStream in = ScenarioTest.class.getResourceAsStream("example-scenario.json")) {
            return Scenario.fromJson(in);
        }
    }

    private static Scenario json(String text) throws IOException {
        return Scenario.fromJson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theShippedExampleReadsWithEveryKindOfImage() throws IOException {
        Scenario scenario = example();

        assertThat(scenario.rules().scanDuration()).isEqualTo(Duration.ofMinutes(1));
        assertThat(scenario.images()).hasSize(10);
        assertThat(scenario.sync()).isEqualTo(new SyncRules(Duration.ofHours(24), Duration.ofSeconds(30)));
        assertThat(scenario.registries()).containsExactly(Registry.harbor("harbor-1", "team harbor", "harbor.example.com"));
        ScenarioImage nginx = scenario.images().get(0);
        assertThat(nginx.findings().vulnerabilities()).extracting(Vulnerability::repairNecessity)
                .containsExactly(RepairNecessity.values());
        assertThat(nginx.previousScan().at()).isEqualTo(Instant.parse("2026-01-12T09:30:00Z"));
        assertThat(scenario.images().get(1).previousFindings()).isEqualTo(Findings.NONE);
        assertThat(scenario.images().get(2).outcomes()).containsExactly(ScanOutcome.FAILED, ScanOutcome.SUCCESS);
        assertThat(scenario.images().get(6).type()).isEqualTo(ImageType.SHARED_IMAGE);
        assertThat(scenario.images().get(7).instanceId()).isEqualTo("inst-0001");
        assertThat(scenario.images().get(7).type()).isEqualTo(ImageType.INSTANCE_IMAGE);
        assertThat(nginx.details().handledVulIds()).containsExactly("CVE-2025-0003");
        assertThat(nginx.details().architectures()).containsExactly("linux/amd64", "linux/arm64");
        Vulnerability log4j = nginx.findings().vulnerabilities().get(2);
        assertThat(log4j.severity()).isEqualTo(SeverityLevel.CRITICAL);
        assertThat(log4j.cveList()).containsExactly(new Cve("CVE-2021-44228", 10.0));
        assertThat(nginx.findings().vulnerabilities().get(0).cveList())
                .containsExactly(new Cve("CVE-2025-0001", 7.5));
        assertThat(scenario.images().get(8).details().registryId()).isEqualTo("harbor-1");
        assertThat(scenario.images().get(9).details().pushedAt()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    }

    @Test
    void syncRulesCanTurnTheRefreshOffAndRegistriesAndTheirImagesMustAgree() throws IOException {
        assertThat(json("{\"sync\":{\"refresh_period\":\"off\",\"duration\":\"2m\"}}").sync())
                .isEqualTo(new SyncRules(null, Duration.ofMinutes(2)));
        assertThatThrownBy(() -> json("{\"images\":[{\"image\":\"a/b:1\",\"image_type\":\"harbor\",\"registry\":\"h\"}]}"))
                .hasMessageContaining("no Harbor registry h");
        assertThatThrownBy(() -> json("{\"registries\":[{\"id\":\"s\",\"name\":\"s\",\"type\":\"SwrPrivate\","
                + "\"address\":\"x\"}]}")).hasMessageContaining("implicit");
        assertThatThrownBy(() -> json("{\"images\":[{\"image\":\"a/b:1\",\"vulnerabilities\":[{\"vul_id\":\"V\","
                + "\"repair_necessity\":\"delay_repair\",\"cves\":[{\"cve_id\":\"C\",\"cvss\":11}]}]}]}"))
                .hasMessageContaining("CVSS");
    }

    @Test
    void anUnknownKeyIsAnErrorNamingIt() {
        assertThatThrownBy(() -> json("{\"images\":[{\"image\":\"a/b:1\",\"sise\":3}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sise");
    }

    @Test
    void aValueOfTheWrongTypeIsAnError() {
        assertThatThrownBy(() -> json("{\"images\":[{\"image\":\"a/b:1\",\"size\":\"big\"}]}"))
                .hasMessageContaining("size");
        assertThatThrownBy(() -> json("{\"images\":[{\"image\":\"a/b:1\",\"outcomes\":[\"exploded\"]}]}"))
                .hasMessageContaining("exploded");
    }

    @Test
    void rulesCanDrawScanTimesAndLimitTheScansRunningAtOnce() throws IOException {
        Scenario scenario = json("{\"rules\":{\"scan_times\":{\"per_gib\":\"5m\",\"sigma\":0.5,\"seed\":4},"
                + "\"concurrent_scans\":20},\"images\":[]}");

        assertThat(scenario.rules().scanTimes()).isEqualTo(new ScanTimes(Duration.ofSeconds(30), Duration.ofMinutes(5),
                0.5, 4));
        assertThat(scenario.rules().concurrentScans()).isEqualTo(20);
        assertThat(Scenario.builder().scanTimes(ScanTimes.realistic(4)).concurrentScans(20).build().rules())
                .isEqualTo(ScanRules.DEFAULT.withScanTimes(ScanTimes.realistic(4)).withConcurrentScans(20));
        assertThat(example().rules().scanTimes()).isNull();
        assertThat(example().rules().concurrentScans()).isZero();
    }

    @Test
    void scanTimeRulesAreCheckedAsStrictlyAsTheRest() {
        assertThatThrownBy(() -> json("{\"rules\":{\"scan_times\":{\"sigm\":1}}}")).hasMessageContaining("sigm");
        assertThatThrownBy(() -> json("{\"rules\":{\"scan_times\":{\"sigma\":\"wide\"}}}"))
                .hasMessageContaining("sigma");
        assertThatThrownBy(() -> json("{\"rules\":{\"concurrent_scans\":-1}}")).hasMessageContaining("concurrentScans");
    }

    @Test
    void anImageCannotAppearTwice() {
        assertThatThrownBy(() -> Scenario.builder().image("a/b:1").image("a/b:1").build())
                .hasMessageContaining("twice");
    }

    @Test
    void referencesNeedNamespaceNameAndTag() {
        assertThat(ImageRef.parse("team-a/tools/nginx:1.25")).isEqualTo(new ImageRef("team-a", "tools/nginx", "1.25"));
        assertThatThrownBy(() -> ImageRef.parse("nginx:1.25")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImageRef.parse("team-a/nginx")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameSeedGeneratesTheSameScenario() {
        assertThat(Scenario.generated(300, 7).images()).isEqualTo(Scenario.generated(300, 7).images());
        assertThat(Scenario.generated(300, 7).images()).isNotEqualTo(Scenario.generated(300, 8).images());
    }

    @Test
    void aGeneratedScenarioHasEveryKindOfImage() {
        List<ScenarioImage> images = Scenario.generated(1000, 1).images();

        assertThat(images.stream().map(image -> image.ref().namespace()).collect(Collectors.toSet())).hasSizeGreaterThan(3);
        assertThat(images.stream().flatMap(image -> image.findings().vulnerabilities().stream())
                .map(Vulnerability::repairNecessity).collect(Collectors.toSet())).containsExactlyInAnyOrder(RepairNecessity.values());
        assertThat(images).anyMatch(image -> image.findings().maliciousFiles() > 0);
        assertThat(images).anyMatch(image -> image.findings().unsafeSettings() > 0);
        assertThat(images).anyMatch(image -> image.previousScan() != null);
        assertThat(images).anyMatch(image -> image.size() > ScanRules.DEFAULT_SIZE_LIMIT);
        assertThat(images).anyMatch(image -> image.outcomes().contains(ScanOutcome.FAILED));
        assertThat(images).anyMatch(image -> image.outcomes().contains(ScanOutcome.DOWNLOAD_FAILED));
        assertThat(images).anyMatch(image -> image.type() == ImageType.SHARED_IMAGE);
    }

    @Test
    void generatedImagesAreUniqueWithOneLatestVersionPerRepository() {
        List<ScenarioImage> images = Scenario.generated(500, 3).images();
        Set<String> latest = new HashSet<>();

        assertThat(images.stream().map(image -> image.ref().toString()).distinct()).hasSize(500);
        images.stream().filter(ScenarioImage::latestVersion)
                .forEach(image -> assertThat(latest.add(image.ref().namespace() + "/" + image.ref().name())).isTrue());
        assertThat(latest).hasSize(50);
    }

    @Test
    void generatedTimesLieBeforeTheAnchor() {
        Instant anchor = Instant.parse("2030-01-01T00:00:00Z");

        assertThat(Scenario.generated(200, 1, anchor).images())
                .allMatch(image -> image.updatedAt().isBefore(anchor))
                .allMatch(image -> image.previousScan() == null || image.previousScan().at().isBefore(anchor));
    }
}
