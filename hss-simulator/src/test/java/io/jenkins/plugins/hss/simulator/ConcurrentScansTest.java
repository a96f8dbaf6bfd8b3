package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The account runs at most so many scans at once; the others wait their turn in waiting_for_scan. */
class ConcurrentScansTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private HssSimulator hss;
    private HssHttp http;

    @BeforeEach
    void start() {
        Scenario scenario = Scenario.builder()
                .startDelay(Duration.ofSeconds(10))
                .concurrentScans(2)
                .image("team-a/short:1", image -> image.scanDuration(Duration.ofSeconds(30)))
                .image("team-a/long:1", image -> image.scanDuration(Duration.ofMinutes(5)))
                .image("team-a/third:1", image -> image.scanDuration(Duration.ofSeconds(60)))
                .image("team-a/fourth:1", image -> image.scanDuration(Duration.ofSeconds(60)))
                .build();
        hss = HssSimulator.builder().clock(clock).scenario(scenario).start();
        http = HssHttp.withToken(hss);
    }

    @AfterEach
    void stop() {
        hss.close();
    }

    private void trigger(String... names) {
        StringBuilder list = new StringBuilder();
        for (String name : names) {
            list.append(list.isEmpty() ? "" : ",").append("{\"namespace\":\"team-a\",\"image_name\":\"").append(name)
                    .append("\",\"image_version\":\"1\"}");
        }
        String body = "{\"image_type\":\"private_image\",\"image_info_list\":[" + list + "]}";
        assertThat(http.post(http.hssPath("/image/batch-scan"), body).status()).isEqualTo(200);
    }

    private String status(String name) {
        return row(name).get("scan_status").asText();
    }

    private JsonNode row(String name) {
        String query = "?image_type=private_image&namespace=team-a&image_name=" + name + "&image_version=1&limit=10";
        return http.get(http.hssPath("/image/swr-repository" + query)).json().get("data_list").get(0);
    }

    @Test
    void scansBeyondTheLimitWaitForAScannerInTheOrderTheyWereTriggered() {
        trigger("short", "long", "third", "fourth");

        clock.advance(Duration.ofSeconds(10));
        assertThat(List.of(status("short"), status("long"), status("third"), status("fourth")))
                .containsExactly("scanning", "scanning", "waiting_for_scan", "waiting_for_scan");

        clock.advance(Duration.ofSeconds(30));
        assertThat(List.of(status("short"), status("third"), status("fourth")))
                .containsExactly("success", "scanning", "waiting_for_scan");

        clock.advance(Duration.ofSeconds(60));
        assertThat(List.of(status("third"), status("fourth"))).containsExactly("success", "scanning");
        assertThat(row("third").get("latest_scan_time").asLong()).isEqualTo(START.plusSeconds(100).toEpochMilli());
    }

    @Test
    void aLaterTriggerQueuesBehindTheScansAlreadyWaiting() {
        trigger("short", "long", "third");
        clock.advance(Duration.ofSeconds(20));
        trigger("fourth");

        List<TriggeredScan> scans = hss.scans();
        assertThat(scans).extracting(scan -> scan.image().name()).containsExactly("short", "long", "third", "fourth");
        // short frees a scanner at 40 s (third takes it until 100 s); long holds the other until 310 s.
        assertThat(scans.get(2).scanningFrom()).isEqualTo(START.plusSeconds(40));
        assertThat(scans.get(3).triggeredAt()).isEqualTo(START.plusSeconds(20));
        assertThat(scans.get(3).scanningFrom()).isEqualTo(START.plusSeconds(100));
        assertThat(scans.get(3).completedAt()).isEqualTo(START.plusSeconds(160));

        clock.advance(Duration.ofSeconds(140));
        assertThat(status("fourth")).isEqualTo("success");
        assertThat(status("long")).isEqualTo("scanning");
    }

    @Test
    void withoutALimitEveryScanStartsAfterTheStaleWindow() {
        hss.close();
        hss = HssSimulator.builder().clock(clock).scenario(Scenario.builder()
                .image("team-a/short:1").image("team-a/long:1").image("team-a/third:1").build()).start();
        http = HssHttp.withToken(hss);
        trigger("short", "long", "third");

        assertThat(hss.scans()).allSatisfy(scan -> {
            assertThat(scan.scanningFrom()).isEqualTo(START.plus(ScanRules.DEFAULT.startDelay()));
            assertThat(scan.completedAt()).isEqualTo(scan.scanningFrom().plus(ScanRules.DEFAULT.scanDuration()));
        });
    }
}
