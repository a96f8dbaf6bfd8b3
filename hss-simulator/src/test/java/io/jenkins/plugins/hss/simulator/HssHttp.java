package io.jenkins.plugins.hss.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plain HTTP client for the tests that look at the wire itself (status, headers, raw bodies):
 * anonymous, with an IAM token of the demo user, or signing with an AK/SK at the simulator's clock.
 */
final class HssHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What came back. */
    record Reply(int status, HttpResponse<String> response) {
        String body() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return new ObjectMapper().readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final HssSimulator hss;
    private final Map<String, String> headers;
    private final String[] signingKey;
    private final Clock signingClock;

    private HssHttp(HssSimulator hss, Map<String, String> headers, String[] signingKey, Clock signingClock) {
        this.hss = hss;
        this.headers = headers;
        this.signingKey = signingKey;
        this.signingClock = signingClock;
    }

    static HssHttp anonymous(HssSimulator hss) {
        return new HssHttp(hss, Map.of(), null, hss.clock());
    }

    static HssHttp withToken(HssSimulator hss) {
        return new HssHttp(hss, Map.of("X-Auth-Token", token(hss, HssSimulator.DEMO_USER, HssSimulator.DEMO_PASSWORD)), null,
                hss.clock());
    }

    static HssHttp signed(HssSimulator hss, String accessKey, String secretKey) {
        return new HssHttp(hss, Map.of(), new String[] {accessKey, secretKey}, hss.clock());
    }

    static String token(HssSimulator hss, String user, String password) {
        return anonymous(hss).post("/v3/auth/tokens", tokenRequest(user, password, hss.projectId())).header("X-Subject-Token");
    }

    static String tokenRequest(String user, String password, String projectId) {
        return "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"" + user
                + "\",\"password\":\"" + password + "\",\"domain\":{\"name\":\"" + HssSimulator.DEMO_DOMAIN
                + "\"}}}},\"scope\":{\"project\":{\"id\":\"" + projectId + "\"}}}}";
    }

    HssHttp withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HssHttp(hss, more, signingKey, signingClock);
    }

    /** Signs with this clock's time instead of the simulator's: a client whose clock is off. */
    HssHttp withSigningClock(Clock clock) {
        return new HssHttp(hss, headers, signingKey, clock);
    }

    /** {@code /v5/{project_id}} + rest. */
    String hssPath(String rest) {
        return "/v5/" + hss.projectId() + rest;
    }

    Reply get(String pathAndQuery) {
        return send("GET", pathAndQuery, "");
    }

    Reply post(String pathAndQuery, String body) {
        return send("POST", pathAndQuery, body);
    }

    Reply send(String method, String pathAndQuery, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hss.baseUrl() + pathAndQuery))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (signingKey != null) {
            all.putAll(signature(method, pathAndQuery, body));
        }
        all.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> signature(String method, String pathAndQuery, String body) {
        String sdkDate = SDK_DATE.format(signingClock.instant());
        TreeMap<String, String> signed = new TreeMap<>();
        headers.forEach((name, value) -> signed.put(name.toLowerCase(Locale.ROOT), value));
        signed.put("host", "127.0.0.1:" + hss.port());
        signed.put("x-project-id", hss.projectId());
        signed.put("x-sdk-date", sdkDate);
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        QueryParameters query = QueryParameters.parse(question < 0 ? null : pathAndQuery.substring(question + 1));
        String canonical = SdkHmacSignature.canonicalRequest(method, path, query.pairs(), signed, Sha256.hex(body));
        String signature = SdkHmacSignature.signature(signingKey[1], SdkHmacSignature.stringToSign(sdkDate, canonical));
        return Map.of("X-Sdk-Date", sdkDate, "X-Project-Id", hss.projectId(),
                "Authorization", "SDK-HMAC-SHA256 Access=" + signingKey[0] + ", SignedHeaders="
                        + String.join(";", signed.keySet()) + ", Signature=" + signature);
    }
}
