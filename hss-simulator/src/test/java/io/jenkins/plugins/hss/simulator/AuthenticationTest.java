package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway's door: IAM tokens, AK/SK signatures, temporary keys, projects and unknown routes. */
class AuthenticationTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final String LIST = "/image/swr-repository?image_type=private_image";

    private final MutableClock clock = new MutableClock(START);
    private HssSimulator hss;

    @BeforeEach
    void start() {
        hss = HssSimulator.builder().clock(clock)
                .accessKey("AK-PERMANENT", "sk-permanent")
                .temporaryAccessKey("AK-TEMPORARY", "sk-temporary", "security-token-1")
                .iamUser(HssSimulator.DEMO_DOMAIN, "ci-bot", "s3cret")
                .tokenLifetime(Duration.ofHours(1))
                .scenario(Scenario.builder().image("team-a/nginx:1.25").build())
                .start();
    }

    @AfterEach
    void stop() {
        hss.close();
    }

    private static void assertGatewayError(HssHttp.Reply reply, int status, String code) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.json().get("error_code").asText()).isEqualTo(code);
        assertThat(reply.json().get("request_id").asText()).isEqualTo(reply.header("X-Request-Id"));
        assertThat(reply.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void theTokenCallAnswers201WithTheTokenInXSubjectTokenAndItsExpiry() {
        HssHttp.Reply reply = HssHttp.anonymous(hss).post("/v3/auth/tokens?nocatalog=true",
                HssHttp.tokenRequest("ci-bot", "s3cret", hss.projectId()));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("X-Subject-Token")).startsWith("MII");
        JsonNode token = reply.json().get("token");
        assertThat(token.get("expires_at").asText()).isEqualTo("2026-03-01T01:00:00.000000Z");
        assertThat(token.get("issued_at").asText()).isEqualTo("2026-03-01T00:00:00.000000Z");
        assertThat(token.get("project").get("id").asText()).isEqualTo(hss.projectId());
        assertThat(reply.body()).doesNotContain("s3cret");
    }

    @Test
    void theDefaultProjectCanBeScopedByRegionName() {
        String body = HssHttp.tokenRequest("ci-bot", "s3cret", hss.projectId())
                .replace("\"id\":\"" + hss.projectId() + "\"", "\"name\":\"cn-north-4\"");

        assertThat(HssHttp.anonymous(hss).post("/v3/auth/tokens", body).status()).isEqualTo(201);
    }

    @Test
    void aWrongPasswordIsRefusedInKeystoneShape() {
        HssHttp.Reply reply = HssHttp.anonymous(hss).post("/v3/auth/tokens",
                HssHttp.tokenRequest("ci-bot", "wrong", hss.projectId()));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error").get("code").asInt()).isEqualTo(401);
        assertThat(reply.json().get("error").get("title").asText()).isEqualTo("Unauthorized");
    }

    @Test
    void anUnknownProjectScopeIsABadRequest() {
        HssHttp.Reply reply = HssHttp.anonymous(hss).post("/v3/auth/tokens",
                HssHttp.tokenRequest("ci-bot", "s3cret", "ffffffffffffffffffffffffffffffff"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").get("title").asText()).isEqualTo("Bad Request");
    }

    @Test
    void aTokenWorksUntilItExpiresOnTheSimulatedClock() {
        HssHttp http = HssHttp.anonymous(hss).withHeader("X-Auth-Token", HssHttp.token(hss, "ci-bot", "s3cret"));
        clock.advance(Duration.ofMinutes(59));
        assertThat(http.get(http.hssPath(LIST)).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(1));
        assertGatewayError(http.get(http.hssPath(LIST)), 401, "APIG.0307");
    }

    @Test
    void expiringAllTokensPlaysATokenRunningOutMidRun() {
        HssHttp http = HssHttp.anonymous(hss).withHeader("X-Auth-Token", HssHttp.token(hss, "ci-bot", "s3cret"));
        hss.expireAllTokens();

        assertGatewayError(http.get(http.hssPath(LIST)), 401, "APIG.0307");
        assertThat(HssHttp.anonymous(hss).withHeader("X-Auth-Token", HssHttp.token(hss, "ci-bot", "s3cret"))
                .get(http.hssPath(LIST)).status()).isEqualTo(200);
    }

    @Test
    void anUnknownTokenCannotBeDecrypted() {
        HssHttp.Reply reply = HssHttp.anonymous(hss).withHeader("X-Auth-Token", "MIIforged").get(hssPath(LIST));

        assertGatewayError(reply, 401, "APIG.0301");
        assertThat(reply.json().get("error_msg").asText()).contains("decrypt token fail");
    }

    @Test
    void aRequestWithoutCredentialsIsRefused() {
        assertGatewayError(HssHttp.anonymous(hss).get(hssPath(LIST)), 401, "APIG.0301");
    }

    @Test
    void aCorrectSignatureIsAccepted() {
        assertThat(HssHttp.signed(hss, "AK-PERMANENT", "sk-permanent").get(hssPath(LIST + "&namespace=my%20ns%2Bx")).status())
                .isEqualTo(200);
    }

    @Test
    void aSignatureWithTheWrongSecretIsRefused() {
        HssHttp.Reply reply = HssHttp.signed(hss, "AK-PERMANENT", "guess").get(hssPath(LIST));

        assertGatewayError(reply, 401, "APIG.0301");
        assertThat(reply.json().get("error_msg").asText()).contains("verify aksk signature fail");
    }

    @Test
    void anUnknownAccessKeyIsRefused() {
        assertThat(HssHttp.signed(hss, "AK-NOBODY", "sk").get(hssPath(LIST)).json().get("error_msg").asText())
                .contains("ak not exist");
    }

    @Test
    void aSignatureMoreThanFifteenMinutesAwayFromTheClockHasExpired() {
        MutableClock clientClock = new MutableClock(START.minus(Duration.ofMinutes(15)));
        HssHttp client = HssHttp.signed(hss, "AK-PERMANENT", "sk-permanent").withSigningClock(clientClock);
        assertThat(client.get(hssPath(LIST)).status()).isEqualTo(200);

        clientClock.advance(Duration.ofSeconds(-1));
        HssHttp.Reply reply = client.get(hssPath(LIST));

        assertGatewayError(reply, 401, "APIG.0301");
        assertThat(reply.json().get("error_msg").asText()).contains("signature expired");
    }

    @Test
    void aTemporaryKeyNeedsItsSecurityToken() {
        HssHttp.Reply without = HssHttp.signed(hss, "AK-TEMPORARY", "sk-temporary").get(hssPath(LIST));
        HssHttp.Reply with = HssHttp.signed(hss, "AK-TEMPORARY", "sk-temporary")
                .withHeader("X-Security-Token", "security-token-1").get(hssPath(LIST));

        assertGatewayError(without, 401, "APIG.0301");
        assertThat(with.status()).isEqualTo(200);
    }

    @Test
    void aProjectOutsideTheAccountIsDeniedWithTheStatusTheErrorCodePageGivesHss0010() {
        HssHttp.Reply reply = HssHttp.signed(hss, "AK-PERMANENT", "sk-permanent")
                .get("/v5/ffffffffffffffffffffffffffffffff" + LIST);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("HSS.0010");
    }

    @Test
    void aTokenForAnotherProjectMustBeUpdated() {
        HssHttp http = HssHttp.anonymous(hss).withHeader("X-Auth-Token", HssHttp.token(hss, "ci-bot", "s3cret"));

        assertGatewayError(http.get("/v5/ffffffffffffffffffffffffffffffff" + LIST), 401, "APIG.0307");
    }

    @Test
    void anUnknownRouteIsApig0101() {
        HssHttp http = HssHttp.signed(hss, "AK-PERMANENT", "sk-permanent");

        assertGatewayError(http.get(hssPath("/image/nothing-here")), 404, "APIG.0101");
        assertGatewayError(http.get(hssPath("/image/batch-scan")), 404, "APIG.0101");
        assertThat(hss.requestCount(Endpoint.UNKNOWN)).isEqualTo(2);
    }

    private String hssPath(String rest) {
        return "/v5/" + hss.projectId() + rest;
    }
}
