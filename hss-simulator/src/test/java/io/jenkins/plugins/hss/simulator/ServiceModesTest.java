package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The behaviours Huawei does not document, offered both ways, and multi-arch rows. */
class ServiceModesTest {

    private static final String LIST = "/image/swr-repository?image_type=private_image";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
    private HssSimulator hss;

    @AfterEach
    void stop() {
        hss.close();
    }

    @Test
    void withoutRetryAfterNeitherTheLimiterNorAnInjectedThrottleSendsTheHeader() {
        hss = HssSimulator.builder().clock(clock).rateLimit(RateLimit.perMinute(1)).retryAfterHeader(false).start();
        HssHttp http = HssHttp.withToken(hss);
        http.get(http.hssPath(LIST));

        HssHttp.Reply limited = http.get(http.hssPath(LIST));
        hss.faults().next(Endpoint.BATCH_SCAN, Fault.throttle(Duration.ofSeconds(5)));
        HssHttp.Reply injected = http.post(http.hssPath("/image/batch-scan"), "{\"image_type\":\"private_image\"}");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().get("error_code").asText()).isEqualTo("APIG.0308");
        assertThat(limited.header("Retry-After")).isNull();
        assertThat(injected.status()).isEqualTo(429);
        assertThat(injected.header("Retry-After")).isNull();
        assertThat(injected.header("X-Request-Id")).hasSize(32);
    }

    @Test
    void aNeverScannedImageCanShowNoScanTimeAtAll() {
        hss = HssSimulator.builder().clock(clock).neverScannedTime(NeverScannedTime.ABSENT)
                .scenario(Scenario.builder().image("team-a/nginx:1.25").build()).start();
        HssHttp http = HssHttp.withToken(hss);

        JsonNode row = http.get(http.hssPath(LIST)).json().get("data_list").get(0);
        JsonNode newer = http.get(http.hssPath("/image/registries/images")).json().get("data_list").get(0);

        assertThat(row.get("scan_status").asText()).isEqualTo("unscan");
        assertThat(row.has("latest_scan_time")).isFalse();
        assertThat(newer.has("latest_scan_time")).isFalse();
    }

    @Test
    void aMultiArchImageListsItsArchitecturesImagesWithItsStatus() {
        hss = HssSimulator.builder().clock(clock).scenario(Scenario.builder()
                .image("team-a/nginx:1.25", image -> image.multiArch("linux/amd64", "linux/arm64")
                        .previouslyScanned(clock.instant().minusSeconds(60)))
                .image("team-a/redis:7").build()).start();
        HssHttp http = HssHttp.withToken(hss);

        JsonNode rows = http.get(http.hssPath(LIST)).json().get("data_list");
        JsonNode newer = http.get(http.hssPath("/image/registries/images")).json().get("data_list");

        JsonNode associated = rows.get(0).get("association_images");
        assertThat(associated).hasSize(2);
        assertThat(associated.get(0).get("image_version").asText()).isEqualTo("1.25");
        assertThat(associated.get(0).get("scan_status").asText()).isEqualTo("success");
        assertThat(associated.get(0).get("image_digest").asText())
                .isNotEqualTo(associated.get(1).get("image_digest").asText());
        assertThat(associated.get(0).has("id")).isFalse();
        assertThat(rows.get(1).has("association_images")).isFalse();
        assertThat(newer.get(0).get("is_multiple_arch").asBoolean()).isTrue();
        assertThat(newer.get(0).get("association_images").get(1).get("id").isIntegralNumber()).isTrue();
        assertThat(newer.get(1).get("is_multiple_arch").asBoolean()).isFalse();
        assertThat(http.get(http.hssPath("/image/registries/images?is_multarch=true")).json().get("total_num").asInt())
                .isEqualTo(1);
    }
}
