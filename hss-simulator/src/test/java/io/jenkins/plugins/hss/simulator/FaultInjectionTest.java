package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Faults injected in front of one API: errors, throttling, delays, dropped connections, broken bodies. */
class FaultInjectionTest {

    private static final String LIST = "/image/swr-repository?image_type=private_image";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
    private HssSimulator hss;
    private HssHttp http;

    @BeforeEach
    void start() {
        hss = HssSimulator.builder().clock(clock).scenario(Scenario.builder().image("team-a/nginx:1.25").build()).start();
        http = HssHttp.withToken(hss);
    }

    @AfterEach
    void stop() {
        hss.close();
    }

    private HssHttp.Reply list() {
        return http.get(http.hssPath(LIST));
    }

    @Test
    void aStatusFaultAnswersTheNextCallWithTheGatewaysError() {
        hss.faults().next(Endpoint.LIST_SWR_IMAGES, Fault.status(503));

        HssHttp.Reply reply = list();
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("APIG.0201");
        assertThat(reply.json().get("request_id").asText()).isEqualTo(reply.header("X-Request-Id"));
        assertThat(list().status()).isEqualTo(200);
    }

    @Test
    void aFaultCanLastSeveralCallsAndTouchesOnlyItsEndpoint() {
        hss.faults().next(Endpoint.LIST_SWR_IMAGES, 2, Fault.error(500, "HSS.0009", "third party failure"));

        assertThat(http.post(http.hssPath("/image/batch-scan"), "{\"image_type\":\"private_image\",\"operate_all\":true}")
                .status()).isEqualTo(200);
        assertThat(list().json().get("error_code").asText()).isEqualTo("HSS.0009");
        assertThat(list().status()).isEqualTo(500);
        assertThat(list().status()).isEqualTo(200);
    }

    @Test
    void aThrottleFaultAnswers429WithRetryAfter() {
        hss.faults().next(Endpoint.LIST_SWR_IMAGES, Fault.throttle(Duration.ofSeconds(12)));

        HssHttp.Reply reply = list();
        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.header("Retry-After")).isEqualTo("12");
        assertThat(reply.json().get("error_code").asText()).isEqualTo("APIG.0308");
        assertThat(hss.throttledCount(Endpoint.LIST_SWR_IMAGES)).isEqualTo(1);
    }

    @Test
    void aSlowFaultDelaysTheRealResponse() {
        hss.faults().next(Endpoint.LIST_SWR_IMAGES, Fault.slow(Duration.ofMillis(200)));

        long started = System.nanoTime();
        HssHttp.Reply reply = list();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void aDroppedConnectionGetsNoResponseAtAll() throws IOException {
        hss.faults().next(Endpoint.LIST_SWR_IMAGES, Fault.dropConnection());

        try (Socket socket = new Socket("127.0.0.1", hss.port())) {
            socket.getOutputStream().write(("GET " + http.hssPath(LIST) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
        assertThat(list().status()).isEqualTo(200);
        assertThat(hss.requestCount(Endpoint.LIST_SWR_IMAGES)).isEqualTo(2);
    }

    @Test
    void aMalformedBodyIsTruncatedJsonWithStatus200() {
        hss.faults().next(Endpoint.LIST_SWR_IMAGES, Fault.malformedBody());

        HssHttp.Reply reply = list();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).startsWith("{\"total_num\":").doesNotEndWith("}");
    }

    @Test
    void aRandomFaultHitsAboutItsShareOfCallsAndRepeatsWithItsSeed() {
        hss.faults().randomly(Endpoint.LIST_SWR_IMAGES, 0.3, 42, Fault.status(502));
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            first.append(list().status() == 502 ? 'x' : '.');
        }
        hss.faults().clear();
        hss.faults().randomly(Endpoint.LIST_SWR_IMAGES, 0.3, 42, Fault.status(502));
        StringBuilder second = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            second.append(list().status() == 502 ? 'x' : '.');
        }

        assertThat(first.toString()).isEqualTo(second.toString());
        assertThat(first.chars().filter(c -> c == 'x').count()).isBetween(4L, 20L);
    }

    @Test
    void faultsComeBeforeAuthentication() {
        hss.faults().next(Endpoint.LIST_SWR_IMAGES, Fault.status(503));

        assertThat(HssHttp.anonymous(hss).get(http.hssPath(LIST)).status()).isEqualTo(503);
    }

    @Test
    void faultsCanBePlannedBeforeStart() {
        hss.close();
        hss = HssSimulator.builder().clock(clock)
                .faults(plan -> plan.next(Endpoint.IAM_TOKENS, Fault.status(503)))
                .start();

        assertThat(HssHttp.anonymous(hss).post("/v3/auth/tokens", HssHttp.tokenRequest(HssSimulator.DEMO_USER,
                HssSimulator.DEMO_PASSWORD, hss.projectId())).status()).isEqualTo(503);
    }
}
