package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Request counts through the Java API and {@code /_sim/}, and the admin controls. */
class AdminApiTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final String LIST = "/image/swr-repository?image_type=private_image";

    private final MutableClock clock = new MutableClock(START);
    private HssSimulator hss;
    private HssHttp http;
    private HssHttp admin;

    @BeforeEach
    void start() {
        hss = HssSimulator.builder().clock(clock).scenario(Scenario.builder().image("team-a/nginx:1.25").build()).start();
        http = HssHttp.withToken(hss);
        admin = HssHttp.anonymous(hss);
    }

    @AfterEach
    void stop() {
        hss.close();
    }

    @Test
    void everyRequestIsCountedPerEndpointRefusedOnesIncluded() {
        http.get(http.hssPath(LIST));
        http.get(http.hssPath(LIST + "&limit=5000"));
        HssHttp.anonymous(hss).get(http.hssPath(LIST));

        assertThat(hss.requestCount(Endpoint.IAM_TOKENS)).isEqualTo(1);
        assertThat(hss.requestCount(Endpoint.LIST_SWR_IMAGES)).isEqualTo(3);
        assertThat(hss.requestCount(Endpoint.BATCH_SCAN)).isZero();
        assertThat(hss.requestStats().get(Endpoint.LIST_SWR_IMAGES)).isEqualTo(new EndpointStats(3, 0));
    }

    @Test
    void resettingStartsTheCountsAgain() {
        http.get(http.hssPath(LIST));
        hss.resetCounts();

        assertThat(hss.requestCount(Endpoint.LIST_SWR_IMAGES)).isZero();
    }

    @Test
    void theStatsEndpointShowsTheCountsAndIsNotCountedItself() {
        http.get(http.hssPath(LIST));
        JsonNode stats = admin.get("/_sim/stats").json();
        admin.get("/_sim/stats");

        assertThat(stats.get("now").asLong()).isEqualTo(START.toEpochMilli());
        assertThat(stats.get("endpoints").get("list_swr_images").get("received").asLong()).isEqualTo(1);
        assertThat(stats.get("endpoints").get("iam_tokens").get("received").asLong()).isEqualTo(1);
        assertThat(hss.requestCount(Endpoint.UNKNOWN)).isZero();
    }

    @Test
    void theResetEndpointClearsTheCounts() {
        http.get(http.hssPath(LIST));
        JsonNode stats = admin.post("/_sim/stats/reset", "").json();

        assertThat(stats.get("endpoints").get("list_swr_images").get("received").asLong()).isZero();
    }

    @Test
    void theClockEndpointAdvancesASimulatedClock() {
        JsonNode now = admin.post("/_sim/clock/advance?by=90s", "").json();

        assertThat(now.get("now").asLong()).isEqualTo(START.plusSeconds(90).toEpochMilli());
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(90));
    }

    @Test
    void theClockEndpointRefusesARealClock() {
        try (HssSimulator real = HssSimulator.builder().clock(Clock.systemUTC()).start()) {
            assertThat(HssHttp.anonymous(real).post("/_sim/clock/advance?by=1m", "").status()).isEqualTo(409);
        }
    }

    @Test
    void theTokensEndpointExpiresEveryToken() {
        admin.post("/_sim/tokens/expire", "");

        assertThat(http.get(http.hssPath(LIST)).json().get("error_code").asText()).isEqualTo("APIG.0307");
    }

    @Test
    void theFaultsEndpointPlansAndClearsFaults() {
        assertThat(admin.post("/_sim/faults?endpoint=list_swr_images&fault=throttle&retry_after=20s&times=2", "").status())
                .isEqualTo(200);
        assertThat(http.get(http.hssPath(LIST)).header("Retry-After")).isEqualTo("20");

        admin.send("DELETE", "/_sim/faults", "");
        assertThat(http.get(http.hssPath(LIST)).status()).isEqualTo(200);
    }

    @Test
    void anUnknownFaultOrEndpointIsABadRequest() {
        assertThat(admin.post("/_sim/faults?endpoint=list_swr_images&fault=explode", "").status()).isEqualTo(400);
        assertThat(admin.post("/_sim/faults?endpoint=nowhere&fault=drop", "").status()).isEqualTo(400);
        assertThat(admin.get("/_sim/nothing").status()).isEqualTo(404);
    }

    @Test
    void advancingTheClockThroughAdminMovesScans() {
        http.post(http.hssPath("/image/batch-scan"), "{\"image_type\":\"private_image\",\"operate_all\":true}");
        admin.post("/_sim/clock/advance?by=" + Duration.ofSeconds(70), "");

        assertThat(http.get(http.hssPath(LIST)).json().get("data_list").get(0).get("scan_status").asText())
                .isEqualTo("success");
    }
}
