package io.jenkins.plugins.hss.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HssClientRetryTest {

    private static final SwrImageQuery QUERY = SwrImageQuery.builder(ImageType.PRIVATE_IMAGE).build();
    private static final String PAGE = "{\"total_num\":0,\"data_list\":[]}";
    private static final BatchScanRequest TRIGGER = ScanSettings.builder().projectId(MockHss.PROJECT)
            .imageType("private_image").operateAll(true).build().toRequest();

    private MockHss hss;
    private final List<String> retries = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        hss = new MockHss();
    }

    @AfterEach
    void stop() {
        hss.close();
    }

    private HssClient client(RetryPolicy policy) {
        return hss.clientBuilder(MockHss.KEYS).retryPolicy(policy).callListener(new CallListener() {
            @Override
            public void retryScheduled(String call, int attempt, Duration delay, String reason, boolean throttled) {
                retries.add(call + " #" + attempt + " " + reason + (throttled ? " throttled" : "") + " " + delay);
            }
        }).build();
    }

    private HssClient client() {
        return client(RetryPolicy.defaults());
    }

    @Test
    void aServiceUnavailableAnswerIsRetriedWithFullJitterBackoff() throws Exception {
        hss.answer(503, "");
        hss.answer(502, "");
        hss.answer(504, "");
        hss.answer(200, PAGE);

        client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10);

        // A quarter (the injected random) of the caps 2 s, 4 s, 8 s.
        assertThat(hss.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(hss.server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void retryAfterInSecondsSetsTheDelay() throws Exception {
        hss.answer(429, "{\"error_code\":\"APIG.0308\",\"error_msg\":\"throttled\"}", "Retry-After", "7");
        hss.answer(200, PAGE);

        client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10);

        assertThat(hss.sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterAsAnHttpDateSetsTheDelay() throws Exception {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(MockHss.NOW.plusSeconds(30).atOffset(java.time.ZoneOffset.UTC));
        hss.answer(503, "", "Retry-After", date);
        hss.answer(200, PAGE);

        client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10);

        assertThat(hss.sleeps).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void aThrottledCallWithoutRetryAfterWaitsTheThrottleDelayAndTellsTheListener() throws Exception {
        hss.answer(429, "{\"error_code\":\"APIG.0308\",\"error_msg\":\"throttled\"}");
        hss.answer(200, PAGE);

        client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10);

        assertThat(hss.sleeps).containsExactly(Duration.ofSeconds(12));
        assertThat(retries).containsExactly("GET swr-repository #1 HTTP 429 throttled PT12S");
    }

    @Test
    void aThrottledCallIsHandedBackAtOnceWhenThePollersQueueDoesTheWaiting() {
        hss.answer(429, "{\"error_code\":\"APIG.0308\",\"error_msg\":\"throttled\"}", "Retry-After", "30");

        assertThatThrownBy(() -> client(RetryPolicy.defaults().withRetryThrottled(false)).listSwrImages(MockHss.PROJECT, QUERY, 0, 10))
                .isInstanceOfSatisfying(HssApiException.class, e -> {
                    assertThat(e.isThrottled()).isTrue();
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
                });
        assertThat(hss.sleeps).as("no thread slept").isEmpty();
        assertThat(hss.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void retriesStopAfterTheMaximumAttemptsWithTheLastError() {
        for (int i = 0; i < 4; i++) {
            hss.answer(503, "{\"error_code\":\"APIG.0201\",\"error_msg\":\"backend unavailable\"}");
        }

        assertThatThrownBy(() -> client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10))
                .isInstanceOf(HssApiException.class).hasMessageContaining("503");
        assertThat(hss.server.getRequestCount()).isEqualTo(4);
        assertThat(hss.sleeps).hasSize(3);
    }

    @Test
    void noRetryIsScheduledBeyondTheTotalTime() {
        hss.answer(429, "{\"error_code\":\"APIG.0308\",\"error_msg\":\"throttled\"}", "Retry-After", "600");

        HssApiException error = (HssApiException) org.assertj.core.api.Assertions.catchThrowable(
                () -> client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10));

        assertThat(error.isThrottled()).isTrue();
        assertThat(error.retryAfter()).contains(Duration.ofMinutes(10));
        assertThat(hss.sleeps).isEmpty();
    }

    @Test
    void aConnectionFailureIsRetriedThenReportedWithItsCause() throws IOException {
        MockWebServer closed = new MockWebServer();
        closed.start();
        String url = closed.url("/").toString();
        closed.close();
        HssClient client = hss.clientBuilder(MockHss.KEYS).endpoint(HssEndpoints.single(url)).build();

        assertThatThrownBy(() -> client.listSwrImages(MockHss.PROJECT, QUERY, 0, 10))
                .isInstanceOf(HssConnectionException.class)
                .hasMessageContaining("after 4 attempt(s)")
                .hasCauseInstanceOf(IOException.class);
        assertThat(hss.sleeps).hasSize(3);
    }

    @Test
    void anInternalErrorOnTheTriggerIsRetriedByDefault() throws Exception {
        hss.answer(500, "{\"error_code\":\"HSS.0009\",\"error_msg\":\"third-party interface failed\"}");
        hss.answer(200, "");

        client().batchScan(TRIGGER);

        assertThat(hss.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anInternalErrorOnTheTriggerIsNotRetriedWhenTurnedOff() {
        hss.answer(500, "{\"error_code\":\"HSS.0009\",\"error_msg\":\"third-party interface failed\"}");

        assertThatThrownBy(() -> client(RetryPolicy.defaults().withRetryInternalErrorOnTrigger(false)).batchScan(TRIGGER))
                .isInstanceOf(HssApiException.class);
        assertThat(hss.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anInternalErrorOnAReadIsRetried() throws Exception {
        hss.answer(500, "");
        hss.answer(200, PAGE);

        client(RetryPolicy.defaults().withRetryInternalErrorOnTrigger(false)).listSwrImages(MockHss.PROJECT, QUERY, 0, 10);

        assertThat(hss.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void eachRetryIsSignedAgainWithTheCurrentDate() throws Exception {
        hss.answer(503, "");
        hss.answer(200, PAGE);
        java.util.concurrent.atomic.AtomicReference<java.time.Instant> now = new java.util.concurrent.atomic.AtomicReference<>(MockHss.NOW);
        hss.clock = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return now.get();
            }
        };
        HssClient client = hss.clientBuilder(MockHss.KEYS).sleeper(d -> now.set(now.get().plus(d).plusSeconds(1))).build();

        client.listSwrImages(MockHss.PROJECT, QUERY, 0, 10);

        assertThat(List.of(hss.take(), hss.take())).extracting(r -> r.getHeaders().get("X-Sdk-Date"))
                .containsExactly("20240315T083000Z", "20240315T083001Z");
    }

    @Test
    void anInterruptDuringTheBackoffEndsTheCallAndKeepsTheInterrupt() {
        hss.answer(503, "");
        HssClient client = hss.clientBuilder(MockHss.KEYS).sleeper(d -> {
            throw new InterruptedException();
        }).build();

        try {
            assertThatThrownBy(() -> client.listSwrImages(MockHss.PROJECT, QUERY, 0, 10))
                    .isInstanceOf(HssException.class).hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
