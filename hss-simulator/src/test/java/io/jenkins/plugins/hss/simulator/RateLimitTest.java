package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 5 calls per minute of simulated time per (user, API) and per (source IP, API), when switched on. */
class RateLimitTest {

    private static final String LIST = "/image/swr-repository?image_type=private_image";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
    private HssSimulator hss;

    @AfterEach
    void stop() {
        hss.close();
    }

    private HssSimulator start(RateLimit limit) {
        hss = HssSimulator.builder().clock(clock).rateLimit(limit)
                .accessKey("AK-ONE", "sk-one").accessKey("AK-TWO", "sk-two")
                .scenario(Scenario.builder().image("team-a/nginx:1.25").build())
                .start();
        return hss;
    }

    private HssHttp.Reply list(String accessKey) {
        HssHttp http = HssHttp.signed(hss, accessKey, accessKey.equals("AK-ONE") ? "sk-one" : "sk-two");
        return http.get(http.hssPath(LIST));
    }

    @Test
    void theSixthCallOfAMinuteIsThrottledWithTheGatewaysErrorAndRetryAfter() {
        start(RateLimit.HSS);
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(2));
            assertThat(list("AK-ONE").status()).isEqualTo(200);
        }

        HssHttp.Reply reply = list("AK-ONE");
        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("APIG.0308");
        assertThat(reply.json().get("error_msg").asText()).isEqualTo(
                "The throttling threshold has been reached: policy user over ratelimit,limit:5,time:1 minute");
        assertThat(reply.header("Retry-After")).isEqualTo("52");
        assertThat(hss.throttledCount(Endpoint.LIST_SWR_IMAGES)).isEqualTo(1);
        assertThat(hss.requestCount(Endpoint.LIST_SWR_IMAGES)).isEqualTo(6);
    }

    @Test
    void waitingForRetryAfterGetsThrough() {
        start(RateLimit.HSS);
        for (int i = 0; i < 5; i++) {
            list("AK-ONE");
        }
        long retryAfter = Long.parseLong(list("AK-ONE").header("Retry-After"));

        clock.advance(Duration.ofSeconds(retryAfter));
        assertThat(list("AK-ONE").status()).isEqualTo(200);
    }

    @Test
    void eachApiHasItsOwnBudget() {
        start(RateLimit.HSS);
        for (int i = 0; i < 5; i++) {
            list("AK-ONE");
        }
        HssHttp http = HssHttp.signed(hss, "AK-ONE", "sk-one");

        assertThat(http.post(http.hssPath("/image/batch-scan"), "{\"image_type\":\"private_image\",\"operate_all\":true}")
                .status()).isEqualTo(200);
    }

    @Test
    void usersShareTheBudgetOfTheirSourceIp() {
        start(RateLimit.perMinute(3));
        for (int i = 0; i < 3; i++) {
            list("AK-ONE");
        }

        HssHttp.Reply other = list("AK-TWO");
        assertThat(other.status()).isEqualTo(429);
        assertThat(other.json().get("error_msg").asText()).contains("policy ip over ratelimit,limit:3");
    }

    @Test
    void refusedCallsDoNotUseUpTheBudget() {
        start(RateLimit.perMinute(2));
        list("AK-ONE");
        clock.advance(Duration.ofSeconds(30));
        list("AK-ONE");
        for (int i = 0; i < 10; i++) {
            assertThat(list("AK-ONE").status()).isEqualTo(429);
        }

        clock.advance(Duration.ofSeconds(30));
        assertThat(list("AK-ONE").status()).isEqualTo(200);
    }

    @Test
    void withoutARateLimitThereIsNoThrottling() {
        start(null);
        for (int i = 0; i < 20; i++) {
            assertThat(list("AK-ONE").status()).isEqualTo(200);
        }
    }
}
