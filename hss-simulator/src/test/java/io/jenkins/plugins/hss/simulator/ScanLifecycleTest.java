package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A triggered image: stale window, scanning, then the outcome the scenario prescribes. */
class ScanLifecycleTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant THREE_DAYS_AGO = START.minus(Duration.ofDays(3));

    private final MutableClock clock = new MutableClock(START);
    private HssSimulator hss;
    private HssHttp http;

    @BeforeEach
    void start() {
        Scenario scenario = Scenario.builder()
                .startDelay(Duration.ofSeconds(10))
                .scanDuration(Duration.ofSeconds(60))
                .sizeLimit(1_000_000)
                .image("team-a/nginx:1.25", image -> image.size(1000)
                        .vulnerabilities(Vulnerability.of("CVE-2025-1", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3"))
                        .maliciousFiles(1)
                        .previouslyScanned(THREE_DAYS_AGO))
                .image("team-a/fresh:1", image -> image.size(1000))
                .image("team-a/broken:1", image -> image.size(1000).outcome(ScanOutcome.FAILED)
                        .failureReason("failed_to_scan_file"))
                .image("team-a/unreachable:1", image -> image.size(1000).outcome(ScanOutcome.DOWNLOAD_FAILED))
                .image("team-a/huge:1", image -> image.size(1_000_001))
                .image("team-a/flaky:1", image -> image.size(1000).outcome(ScanOutcome.FAILED, ScanOutcome.SUCCESS))
                .image("team-a/slow:1", image -> image.size(1000).scanDuration(Duration.ofMinutes(10)))
                .build();
        hss = HssSimulator.builder().clock(clock).scenario(scenario).start();
        http = HssHttp.withToken(hss);
    }

    @AfterEach
    void stop() {
        hss.close();
    }

    private void restartWith(Scenario scenario) {
        hss.close();
        hss = HssSimulator.builder().clock(clock).scenario(scenario).start();
        http = HssHttp.withToken(hss);
    }

    /** One batch scan of these images of team-a, {@code name:tag} each, in this order. */
    private void trigger(String... names) {
        List<String> items = new ArrayList<>();
        for (String name : names) {
            items.add("{\"namespace\":\"team-a\",\"image_name\":\"" + name.substring(0, name.indexOf(':'))
                    + "\",\"image_version\":\"" + name.substring(name.indexOf(':') + 1) + "\"}");
        }
        String body = "{\"image_type\":\"private_image\",\"image_info_list\":[" + String.join(",", items) + "]}";
        assertThat(http.post(http.hssPath("/image/batch-scan"), body).status()).isEqualTo(200);
    }

    private String status(String name) {
        return row(name).get("scan_status").asText();
    }

    private JsonNode row(String name) {
        String query = "?image_type=private_image&namespace=team-a&image_name=" + name.substring(0, name.indexOf(':'))
                + "&image_version=" + name.substring(name.indexOf(':') + 1) + "&limit=10";
        return http.get(http.hssPath("/image/swr-repository" + query)).json().get("data_list").get(0);
    }

    @Test
    void aNeverScannedImageIsUnscanWithScanTimeZero() {
        assertThat(row("fresh:1").get("scan_status").asText()).isEqualTo("unscan");
        assertThat(row("fresh:1").get("latest_scan_time").asLong()).isZero();
        assertThat(row("fresh:1").has("scan_failed_desc")).isFalse();
    }

    @Test
    void duringTheStaleWindowTheImageStillShowsItsPreviousResult() {
        trigger("nginx:1.25");
        clock.advance(Duration.ofSeconds(9));

        assertThat(row("nginx:1.25").get("scan_status").asText()).isEqualTo("success");
        assertThat(row("nginx:1.25").get("latest_scan_time").asLong()).isEqualTo(THREE_DAYS_AGO.toEpochMilli());
    }

    @Test
    void afterTheStartDelayTheImageIsScanningWithItsOldScanTime() {
        trigger("nginx:1.25");
        clock.advance(Duration.ofSeconds(10));

        assertThat(row("nginx:1.25").get("scan_status").asText()).isEqualTo("scanning");
        assertThat(row("nginx:1.25").get("latest_scan_time").asLong()).isEqualTo(THREE_DAYS_AGO.toEpochMilli());
    }

    @Test
    void aSuccessfulScanEndsWithTheCompletionTimeAndTheImagesFindings() {
        trigger("fresh:1");
        trigger("nginx:1.25");
        clock.advance(Duration.ofSeconds(70));

        JsonNode nginx = row("nginx:1.25");
        assertThat(nginx.get("scan_status").asText()).isEqualTo("success");
        assertThat(nginx.get("latest_scan_time").asLong()).isEqualTo(START.plusSeconds(70).toEpochMilli());
        assertThat(nginx.get("vul_num").asInt()).isEqualTo(1);
        assertThat(nginx.get("malicious_file_num").asInt()).isEqualTo(1);
        assertThat(row("fresh:1").get("scan_status").asText()).isEqualTo("success");
        assertThat(row("fresh:1").get("vul_num").asInt()).isZero();
    }

    @Test
    void anImageMarkedToFailEndsFailedWithItsReason() {
        trigger("broken:1");
        clock.advance(Duration.ofSeconds(70));

        assertThat(row("broken:1").get("scan_status").asText()).isEqualTo("failed");
        assertThat(row("broken:1").get("scan_failed_desc").asText()).isEqualTo("failed_to_scan_file");
        assertThat(row("broken:1").get("latest_scan_time").asLong()).isEqualTo(START.plusSeconds(70).toEpochMilli());
    }

    @Test
    void anImageThatCannotBeDownloadedEndsDownloadFailed() {
        trigger("unreachable:1");
        clock.advance(Duration.ofSeconds(70));

        assertThat(row("unreachable:1").get("scan_status").asText()).isEqualTo("download_failed");
        assertThat(row("unreachable:1").get("scan_failed_desc").asText()).isEqualTo("download_failed");
    }

    @Test
    void anImageOverTheSizeLimitEndsOversized() {
        trigger("huge:1");
        clock.advance(Duration.ofSeconds(70));

        assertThat(row("huge:1").get("scan_status").asText()).isEqualTo("image_oversized");
    }

    @Test
    void triggeringAScanningImageAgainNeitherRestartsNorDelaysIt() {
        trigger("fresh:1");
        clock.advance(Duration.ofSeconds(30));
        trigger("fresh:1");
        clock.advance(Duration.ofSeconds(40));

        assertThat(row("fresh:1").get("scan_status").asText()).isEqualTo("success");
        assertThat(row("fresh:1").get("latest_scan_time").asLong()).isEqualTo(START.plusSeconds(70).toEpochMilli());
    }

    @Test
    void aFinishedImageScansAgainWithItsNextOutcome() {
        trigger("flaky:1");
        clock.advance(Duration.ofSeconds(70));
        assertThat(row("flaky:1").get("scan_status").asText()).isEqualTo("failed");

        trigger("flaky:1");
        clock.advance(Duration.ofSeconds(9));
        assertThat(row("flaky:1").get("scan_status").asText()).isEqualTo("failed");
        clock.advance(Duration.ofSeconds(61));
        assertThat(row("flaky:1").get("scan_status").asText()).isEqualTo("success");
    }

    @Test
    void anImageCanTakeLongerThanTheScenariosScanDuration() {
        trigger("slow:1");
        clock.advance(Duration.ofMinutes(5));
        assertThat(row("slow:1").get("scan_status").asText()).isEqualTo("scanning");

        clock.advance(Duration.ofMinutes(6));
        assertThat(row("slow:1").get("scan_status").asText()).isEqualTo("success");
    }

    @Test
    void aWaitingPhaseShowsWaitingForScanWhenTheScenarioModelsIt() {
        restartWith(Scenario.builder()
                .startDelay(Duration.ofSeconds(5)).waitingDuration(Duration.ofSeconds(20)).scanDuration(Duration.ofSeconds(30))
                .image("team-a/fresh:1").build());
        trigger("fresh:1");

        clock.advance(Duration.ofSeconds(5));
        assertThat(row("fresh:1").get("scan_status").asText()).isEqualTo("waiting_for_scan");
        clock.advance(Duration.ofSeconds(20));
        assertThat(row("fresh:1").get("scan_status").asText()).isEqualTo("scanning");
    }

    /** Two scanners for the account: short (30 s), long (5 min), third and fourth (60 s each). */
    private void twoScanners() {
        restartWith(Scenario.builder().startDelay(Duration.ofSeconds(10)).concurrentScans(2)
                .image("team-a/short:1", image -> image.scanDuration(Duration.ofSeconds(30)))
                .image("team-a/long:1", image -> image.scanDuration(Duration.ofMinutes(5)))
                .image("team-a/third:1", image -> image.scanDuration(Duration.ofSeconds(60)))
                .image("team-a/fourth:1", image -> image.scanDuration(Duration.ofSeconds(60)))
                .build());
    }

    @Test
    void scansBeyondTheAccountsLimitWaitForAScannerInTheOrderTheyWereTriggered() {
        twoScanners();
        trigger("short:1", "long:1", "third:1", "fourth:1");

        clock.advance(Duration.ofSeconds(10));
        assertThat(List.of(status("short:1"), status("long:1"), status("third:1"), status("fourth:1")))
                .containsExactly("scanning", "scanning", "waiting_for_scan", "waiting_for_scan");
        clock.advance(Duration.ofSeconds(30));
        assertThat(List.of(status("short:1"), status("third:1"), status("fourth:1")))
                .containsExactly("success", "scanning", "waiting_for_scan");
        clock.advance(Duration.ofSeconds(60));
        assertThat(List.of(status("third:1"), status("fourth:1"))).containsExactly("success", "scanning");
        assertThat(row("third:1").get("latest_scan_time").asLong()).isEqualTo(START.plusSeconds(100).toEpochMilli());
    }

    @Test
    void aLaterTriggerQueuesBehindTheScansAlreadyWaiting() {
        twoScanners();
        trigger("short:1", "long:1", "third:1");
        clock.advance(Duration.ofSeconds(20));
        trigger("fourth:1");

        List<TriggeredScan> scans = hss.scans();
        assertThat(scans).extracting(scan -> scan.image().name()).containsExactly("short", "long", "third", "fourth");
        // short frees a scanner at 40 s (third takes it until 100 s); long holds the other until 310 s.
        assertThat(scans.get(2).scanningFrom()).isEqualTo(START.plusSeconds(40));
        assertThat(scans.get(3).triggeredAt()).isEqualTo(START.plusSeconds(20));
        assertThat(scans.get(3).scanningFrom()).isEqualTo(START.plusSeconds(100));
        assertThat(scans.get(3).completedAt()).isEqualTo(START.plusSeconds(160));
        clock.advance(Duration.ofSeconds(140));
        assertThat(status("fourth:1")).isEqualTo("success");
        assertThat(status("long:1")).isEqualTo("scanning");
    }

    @Test
    void withoutALimitEveryScanStartsAfterTheStaleWindow() {
        trigger("fresh:1", "broken:1", "slow:1");

        assertThat(hss.scans()).extracting(TriggeredScan::scanningFrom).containsOnly(START.plusSeconds(10));
        assertThat(hss.scans().get(2).completedAt()).isEqualTo(START.plusSeconds(10).plus(Duration.ofMinutes(10)));
    }
}
