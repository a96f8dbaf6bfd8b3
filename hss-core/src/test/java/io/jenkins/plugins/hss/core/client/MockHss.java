package io.jenkins.plugins.hss.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.auth.AkSkSigner;
import io.jenkins.plugins.hss.core.auth.HssCredentials;
import io.jenkins.plugins.hss.core.auth.TokenCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MockWebServer on loopback standing in for HSS and IAM, and a client aimed at it on a fixed
 * clock. As a JUnit extension ({@code @RegisterExtension final MockHss hss = MockHss.started();})
 * it closes the server and the clients it made after each test.
 */
final class MockHss implements AutoCloseable, AfterEachCallback {

    static final String PROJECT = "0123456789abcdef0123456789abcdef";
    static final String SECRET_KEY = "ExampleSecretKey0123456789abcdefghijklmn";
    static final AccessKeyCredentials KEYS = AccessKeyCredentials.of("HPUAEXAMPLEAK1234567", SECRET_KEY);
    static final Instant NOW = Instant.parse("2024-03-15T08:30:00Z");

    final MockWebServer server = new MockWebServer();
    final TokenCache tokenCache = new TokenCache();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final List<HssClient> clients = new ArrayList<>();

    MockHss() throws IOException {
        server.start();
    }

    /** A started server, for a field initializer. */
    static MockHss started() {
        try {
            return new MockHss();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HssClientBuilder clientBuilder(HssCredentials credentials) {
        return HssClient.builder()
                .endpoint(HssEndpoints.single(server.url("/").toString()))
                .credentials(credentials).region("cn-north-4")
                .clock(clock)
                .tokenCache(tokenCache);
    }

    HssClient client() {
        HssClient client = clientBuilder(KEYS).build();
        clients.add(client);
        return client;
    }

    void answer(int code, String body, String... headers) {
        MockResponse.Builder response = new MockResponse.Builder().code(code).body(body)
                .addHeader("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            response.addHeader(headers[i], headers[i + 1]);
        }
        server.enqueue(response.build());
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("no request arrived");
        }
        return request;
    }

    /** Recomputes the signature from what arrived, as the gateway does. */
    static void assertSignedAsSent(RecordedRequest request) {
        String authorization = request.getHeaders().get("Authorization");
        String names = authorization.replaceAll(".*SignedHeaders=([^,]+),.*", "$1");
        Headers.Builder signed = new Headers.Builder();
        for (String name : names.split(";")) {
            if (!name.equals("host") && !name.equals("x-sdk-date") && !name.equals("x-security-token")) {
                signed.add(name, request.getHeaders().get(name));
            }
        }
        Map<String, String> expected = AkSkSigner.sign(request.getMethod(), request.getUrl(), signed.build(),
                request.getBody() == null ? new byte[0] : request.getBody().toByteArray(),
                request.getHeaders().get("X-Sdk-Date"), MockHss.KEYS);
        assertThat(authorization).isEqualTo(expected.get("Authorization"));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        clients.forEach(HssClient::close);
        close();
    }

    @Override
    public void close() {
        server.close();
    }
}
