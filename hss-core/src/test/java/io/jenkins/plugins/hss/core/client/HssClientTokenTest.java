package io.jenkins.plugins.hss.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.hss.core.auth.IamUserCredentials;
import io.jenkins.plugins.hss.core.auth.TokenCredentials;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.SwrImage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HssClientTokenTest {

    private static final SwrImageQuery QUERY = SwrImageQuery.builder(ImageType.PRIVATE_IMAGE).build();
    private static final IamUserCredentials USER = IamUserCredentials.of("ci-bot", "S3cret-Passw0rd!", "acme");
    private static final String PAGE = "{\"total_num\":0,\"data_list\":[]}";

    private MockHss hss;
    private final AtomicInteger issued = new AtomicInteger();
    private final Queue<String> tokensSeen = new ConcurrentLinkedQueue<>();
    private final Queue<MockResponse> hssAnswers = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> iamRequests = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        hss = new MockHss();
        hss.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().equals("/v3/auth/tokens")) {
                    synchronized (iamRequests) {
                        iamRequests.add(request);
                    }
                    return new MockResponse.Builder().code(201).headersDelay(100, TimeUnit.MILLISECONDS)
                            .addHeader("X-Subject-Token", "token-" + issued.incrementAndGet())
                            .body("{\"token\":{\"expires_at\":\"2024-03-16T08:30:00.000000Z\",\"methods\":[\"password\"]}}")
                            .build();
                }
                tokensSeen.add(String.valueOf(request.getHeaders().get("X-Auth-Token")));
                MockResponse answer = hssAnswers.poll();
                return answer != null ? answer : new MockResponse.Builder().code(200).body(PAGE).build();
            }
        });
    }

    @AfterEach
    void stop() {
        hss.close();
    }

    private HssClient client() {
        return hss.clientBuilder(USER).build();
    }

    private static MockResponse rejected(String code) {
        return new MockResponse.Builder().code(401)
                .body("{\"error_msg\":\"The token must be updated.\",\"error_code\":\"" + code + "\",\"request_id\":\"r\"}").build();
    }

    @Test
    void anIamUserIsExchangedForAProjectScopedTokenSentAsXAuthToken() throws Exception {
        client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10);

        RecordedRequest iam = iamRequests.get(0);
        assertThat(iam.getMethod()).isEqualTo("POST");
        assertThat(iam.getUrl().queryParameter("nocatalog")).isEqualTo("true");
        assertThat(iam.getBody().utf8()).isEqualTo("{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":"
                + "{\"name\":\"ci-bot\",\"password\":\"S3cret-Passw0rd!\",\"domain\":{\"name\":\"acme\"}}}},"
                + "\"scope\":{\"project\":{\"id\":\"" + MockHss.PROJECT + "\"}}}}");
        assertThat(tokensSeen).containsExactly("token-1");
    }

    @Test
    void theTokenIsCachedAcrossCallsAndClients() throws Exception {
        client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10);
        client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10);

        assertThat(iamRequests).hasSize(1);
        assertThat(tokensSeen).containsExactly("token-1", "token-1");
    }

    @Test
    void oneClientServesTwoProjectsEachWithATokenScopedToTheProjectOfTheCall() throws Exception {
        String other = "fedcba9876543210fedcba9876543210";
        HssClient client = client();

        client.listSwrImages(MockHss.PROJECT, QUERY, 0, 10);
        client.listSwrImages(other, QUERY, 0, 10);
        client.listSwrImages(MockHss.PROJECT, QUERY, 0, 10);

        assertThat(iamRequests).extracting(request -> request.getBody().utf8())
                .satisfiesExactly(first -> assertThat(first).contains("\"project\":{\"id\":\"" + MockHss.PROJECT + "\"}"),
                        second -> assertThat(second).contains("\"project\":{\"id\":\"" + other + "\"}"));
        assertThat(tokensSeen).containsExactly("token-1", "token-2", "token-1");
    }

    @Test
    void theTokenIsRenewedFiveMinutesBeforeItExpires() throws Exception {
        client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10);
        hss.clock = Clock.fixed(Instant.parse("2024-03-16T08:25:00Z"), ZoneOffset.UTC);

        client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10);

        assertThat(tokensSeen).containsExactly("token-1", "token-2");
    }

    @Test
    void aTokenHssSaysMustBeUpdatedIsRenewedOnceAndTheCallRepeated() throws Exception {
        hssAnswers.add(rejected("APIG.0307"));

        client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10);

        assertThat(tokensSeen).containsExactly("token-1", "token-2");
    }

    @Test
    void aSecondRejectionAfterRenewalIsAnAuthFailure() {
        hssAnswers.add(rejected("APIG.0301"));
        hssAnswers.add(rejected("APIG.0301"));

        assertThatThrownBy(() -> client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10))
                .isInstanceOfSatisfying(HssApiException.class, e -> assertThat(e.isAuthFailure()).isTrue());
        assertThat(iamRequests).hasSize(2);
    }

    @Test
    void twentyParallelCallersShareOneIamRequest() throws Exception {
        HssClient client = client();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<ListPage<SwrImage>>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    return client.listSwrImages(MockHss.PROJECT, QUERY, 0, 10);
                }));
            }
            go.countDown();
            for (Future<ListPage<SwrImage>> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(iamRequests).hasSize(1);
        assertThat(tokensSeen).hasSize(20).containsOnly("token-1");
    }

    @Test
    void iamRefusingTheUserIsAnIamAuthFailure() {
        hss.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(401)
                        .body("{\"error\":{\"message\":\"The username or password is wrong.\",\"code\":401,\"title\":\"Unauthorized\"}}")
                        .build();
            }
        });

        assertThatThrownBy(() -> client().listSwrImages(MockHss.PROJECT, QUERY, 0, 10))
                .isInstanceOf(HssApiException.class).hasMessageStartingWith("IAM answered 401");
    }

    @Test
    void aReadyTokenIsSentAsIsAndNotRenewed() {
        hssAnswers.add(rejected("APIG.0307"));
        HssClient client = hss.clientBuilder(TokenCredentials.of("ready-token")).build();

        assertThatThrownBy(() -> client.listSwrImages(MockHss.PROJECT, QUERY, 0, 10)).isInstanceOf(HssApiException.class);
        assertThat(tokensSeen).containsExactly("ready-token");
        assertThat(iamRequests).isEmpty();
    }

    @Test
    void aShortLivedTokenIsRenewedAfterHalfItsLifetime() {
        io.jenkins.plugins.hss.core.auth.IamToken token = new io.jenkins.plugins.hss.core.auth.IamToken(
                io.jenkins.plugins.hss.core.auth.SecretValue.of("t"), MockHss.NOW, MockHss.NOW.plus(Duration.ofMinutes(4)));

        assertThat(token.needsRefresh(MockHss.NOW.plus(Duration.ofSeconds(119)))).isFalse();
        assertThat(token.needsRefresh(MockHss.NOW.plus(Duration.ofMinutes(2)))).isTrue();
    }
}
