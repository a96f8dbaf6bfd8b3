package io.jenkins.plugins.hss.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client makes exactly one attempt per call (the watcher's call queue decides what to send
 * again) and tells the queue what it needs to decide: the status and {@code Retry-After} of an
 * error, whether a failed connection may have carried the request, whether a body was cut short.
 */
class HssClientAttemptTest {

    private static final SwrImageQuery QUERY = SwrImageQuery.builder(ImageType.PRIVATE_IMAGE).build();
    private static final BatchScanRequest TRIGGER = ScanSettings.builder().projectId(MockHss.PROJECT)
            .imageType("private_image").operateAll(true).build().toRequest();

    private MockHss hss;

    @BeforeEach
    void start() throws Exception {
        hss = new MockHss();
    }

    @AfterEach
    void stop() {
        hss.close();
    }

    @Test
    void aServiceUnavailableAnswerIsThrownAfterOneAttempt() {
        hss.answer(503, "{\"error_code\":\"APIG.0201\",\"error_msg\":\"Backend unavailable\"}");

        assertThatThrownBy(() -> hss.client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10))
                .isInstanceOfSatisfying(HssApiException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThat(hss.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anInternalErrorOnTheTriggerIsThrownAfterOneAttempt() {
        hss.answer(500, "{\"error_code\":\"HSS.0009\",\"error_msg\":\"third-party interface failed\"}");

        assertThatThrownBy(() -> hss.client().batchScan(TRIGGER)).isInstanceOf(HssApiException.class);
        assertThat(hss.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aThrottledCallIsThrownAtOnceWithItsRetryAfter() {
        hss.answer(429, "{\"error_code\":\"APIG.0308\",\"error_msg\":\"throttled\"}", "Retry-After", "30");

        assertThatThrownBy(() -> hss.client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10))
                .isInstanceOfSatisfying(HssApiException.class, e -> {
                    assertThat(e.isThrottled()).isTrue();
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
                });
        assertThat(hss.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void retryAfterAsAnHttpDateIsReadOnTheClientsClock() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(MockHss.NOW.plusSeconds(30).atOffset(java.time.ZoneOffset.UTC));
        hss.answer(503, "", "Retry-After", date);

        HssApiException error = (HssApiException) catchThrowable(() -> hss.client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10));

        assertThat(error.retryAfter()).contains(Duration.ofSeconds(30));
    }

    @Test
    void aRefusedConnectionNeverReachedTheService() throws IOException {
        MockWebServer closed = new MockWebServer();
        closed.start();
        String url = closed.url("/").toString();
        closed.close();
        HssClient client = hss.clientBuilder(MockHss.KEYS).endpoint(HssEndpoints.single(url)).build();

        assertThatThrownBy(() -> client.batchScan(TRIGGER))
                .isInstanceOfSatisfying(HssConnectionException.class,
                        e -> assertThat(e.mayHaveReachedService()).isFalse())
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void aBodyCutMidWayMayHaveReachedTheServiceAndIsAConnectionFailure() {
        hss.server.enqueue(new MockResponse.Builder().code(200)
                .body("{\"total_num\":1,\"data_list\":[{\"namespace\":\"team-a\",\"image_name\":\"api\"}]}")
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());

        assertThatThrownBy(() -> hss.client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10))
                .isInstanceOfSatisfying(HssConnectionException.class, e -> assertThat(e.mayHaveReachedService()).isTrue());
        assertThat(hss.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aTruncatedJsonBodyIsMalformedAndSaysItWasCutShort() {
        hss.answer(200, "{\"total_num\":1,\"data_list\":[{\"namespace\":\"te");

        assertThatThrownBy(() -> hss.client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10))
                .isInstanceOfSatisfying(MalformedResponseException.class, e -> assertThat(e.isTruncated()).isTrue());
    }

    @Test
    void eachCallIsSignedWithTheCurrentDate() throws Exception {
        hss.answer(200, "{\"total_num\":0,\"data_list\":[]}");
        hss.answer(200, "{\"total_num\":0,\"data_list\":[]}");
        io.jenkins.plugins.hss.simulator.MutableClock clock = new io.jenkins.plugins.hss.simulator.MutableClock(MockHss.NOW);
        hss.clock = clock;
        HssClient client = hss.client();

        client.listSwrImages(MockHss.PROJECT, QUERY, 0, 10);
        clock.advance(Duration.ofSeconds(1));
        client.listSwrImages(MockHss.PROJECT, QUERY, 0, 10);

        assertThat(java.util.List.of(hss.take(), hss.take())).extracting(r -> r.getHeaders().get("X-Sdk-Date"))
                .containsExactly("20240315T083000Z", "20240315T083001Z");
    }

    @Test
    void anErrorMessageThatEchoesTheRequestShowsNoCredential() throws Exception {
        AccessKeyCredentials temporary = AccessKeyCredentials.temporary("AK-PUBLIC", MockHss.SECRET_KEY, "St-the-token-0123");
        hss.server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                .body("{\"error_code\":\"HSS.0001\",\"error_msg\":\"ECHO\"}").build());
        HssClient client = hss.clientBuilder(temporary).build();

        // The echo is what the client sent: read it off the wire, then answer with it.
        HssApiException plain = (HssApiException) catchThrowable(() -> client.listSwrImages(MockHss.PROJECT, QUERY, 0, 10));
        String sent = hss.take().getHeaders().toString().replace("\n", "; ").replace("\"", "'");
        assertThat(plain).hasMessageContaining("ECHO");
        hss.server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                .body("{\"error_code\":\"HSS.0001\",\"error_msg\":\"" + sent + " " + MockHss.SECRET_KEY + "\"}").build());

        HssApiException echoed = (HssApiException) catchThrowable(() -> client.listSwrImages(MockHss.PROJECT, QUERY, 0, 10));

        assertThat(echoed.getMessage()).contains("Authorization", "****")
                .doesNotContain("St-the-token-0123", MockHss.SECRET_KEY).doesNotContainPattern("Signature=[0-9a-f]{64}");
        assertThat(echoed.errorMsg().orElseThrow()).doesNotContain("St-the-token-0123");
    }

    @Test
    void aDataListThatIsNotAListIsMalformed() {
        hss.answer(200, "{\"total_num\":1,\"data_list\":{\"rows\":[]}}");

        assertThatThrownBy(() -> hss.client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("data_list is an object");
    }

    @Test
    void aTotalThatIsNoCountIsMalformed() {
        for (String total : new String[] {"-1", "1.5", "\"7\"", "4294967296"}) {
            hss.answer(200, "{\"total_num\":" + total + ",\"data_list\":[]}");

            assertThatThrownBy(() -> hss.client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10)).as(total)
                    .isInstanceOf(MalformedResponseException.class).hasMessageContaining("total_num");
        }
    }

    @Test
    void zeroTimeoutsAreRefused() {
        assertThatThrownBy(() -> hss.clientBuilder(MockHss.KEYS).connectTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> hss.clientBuilder(MockHss.KEYS).readTimeout(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
    }
}
