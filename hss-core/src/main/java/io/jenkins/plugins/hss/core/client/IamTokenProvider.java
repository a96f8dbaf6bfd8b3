package io.jenkins.plugins.hss.core.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.HssJson;
import io.jenkins.plugins.hss.core.auth.IamToken;
import io.jenkins.plugins.hss.core.auth.IamUserCredentials;
import io.jenkins.plugins.hss.core.auth.SecretValue;
import io.jenkins.plugins.hss.core.auth.TokenCache;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Project-scoped tokens for an IAM user ({@code POST /v3/auth/tokens}, password method), from the
 * {@link TokenCache} while they are fresh.
 */
final class IamTokenProvider {

    private static final String CALL = "POST iam-tokens";
    private static final MediaType JSON = MediaType.get("application/json;charset=UTF-8");

    private final HttpUrl iam;
    private final IamUserCredentials credentials;
    private final TokenCache cache;
    private final Caller caller;
    private final Clock clock;

    /** @param caller sends without authentication: the token call carries the password in its body */
    IamTokenProvider(HttpUrl iam, IamUserCredentials credentials, TokenCache cache, Caller caller, Clock clock) {
        this.iam = iam;
        this.credentials = credentials;
        this.cache = cache;
        this.caller = caller;
        this.clock = clock;
    }

    IamToken token(String projectId) throws IOException {
        return cache.get(key(projectId), clock.instant(), () -> fetch(projectId));
    }

    /** HSS refused {@code token}: the next {@link #token(String)} fetches a new one. */
    void rejected(String projectId, IamToken token) {
        cache.invalidate(key(projectId), token);
    }

    private String key(String projectId) {
        return credentials.identity() + "@" + iam + "#" + projectId;
    }

    private IamToken fetch(String projectId) throws HssException {
        HttpUrl url = iam.newBuilder().addPathSegments("v3/auth/tokens").addQueryParameter("nocatalog", "true").build();
        Request request = new Request.Builder().url(url).post(RequestBody.create(body(projectId), JSON)).build();
        Instant fetchedAt = clock.instant();
        try (Response response = caller.execute(CALL, request)) {
            String token = response.header("X-Subject-Token");
            if (token == null || token.isBlank()) {
                throw malformed(response, EngineMessages.format("iam.no_token"), null);
            }
            return new IamToken(SecretValue.of(token), fetchedAt, expiresAt(response));
        }
    }

    private static Instant expiresAt(Response response) throws MalformedResponseException {
        try {
            JsonNode expires = HssJson.mapper().readTree(response.body().byteStream()).path("token").path("expires_at");
            if (!expires.isTextual()) {
                throw malformed(response, EngineMessages.format("iam.no_expiry"), null);
            }
            return Instant.parse(expires.asText());
        } catch (IOException | DateTimeParseException e) {
            throw malformed(response, EngineMessages.format("iam.no_expiry"), e);
        }
    }

    private byte[] body(String projectId) {
        ObjectNode auth = HssJson.mapper().createObjectNode();
        ObjectNode identity = auth.putObject("auth").putObject("identity");
        identity.putArray("methods").add("password");
        ObjectNode user = identity.putObject("password").putObject("user");
        user.put("name", credentials.userName()).put("password", credentials.password().reveal());
        user.putObject("domain").put("name", credentials.domainName());
        ((ObjectNode) auth.get("auth")).putObject("scope").putObject("project").put("id", projectId);
        return auth.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static MalformedResponseException malformed(Response response, String problem, Throwable cause) {
        return new MalformedResponseException(CALL, response.code(), response.header("X-Request-Id"), problem, cause);
    }
}
