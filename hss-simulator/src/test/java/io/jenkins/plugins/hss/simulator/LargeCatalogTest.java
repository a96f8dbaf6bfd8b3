package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * 100,000 images: a batch scan of all of them, twenty pages and a filtered count all answer correctly.
 * How fast they answer is measured by the benchmark (docs/performance.md), not asserted here.
 */
class LargeCatalogTest {

    @Test
    void aHundredThousandImagesAreScannedPagedAndFiltered() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
        try (HssSimulator hss = HssSimulator.builder().clock(clock).scenario(Scenario.generated(100_000, 1)).start()) {
            HssHttp http = HssHttp.withToken(hss);
            assertThat(http.post(http.hssPath("/image/batch-scan"), "{\"image_type\":\"private_image\",\"operate_all\":true}")
                    .status()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(2));

            int seen = 0;
            for (int offset = 0; offset < 20 * 200; offset += 200) {
                seen += http.get(http.hssPath("/image/swr-repository?image_type=private_image&limit=200&offset=" + offset))
                        .json().get("data_list").size();
            }
            JsonNode scanned = http.get(http.hssPath(
                    "/image/swr-repository?image_type=private_image&scan_status=success&has_vul=true&limit=200")).json();

            assertThat(seen).isEqualTo(20 * 200);
            assertThat(scanned.get("total_num").asInt()).isGreaterThan(40_000);
        }
    }
}
