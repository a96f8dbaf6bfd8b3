package io.jenkins.plugins.hss.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.auth.HssCredentials;
import io.jenkins.plugins.hss.core.auth.IamUserCredentials;
import io.jenkins.plugins.hss.core.auth.TokenCredentials;
import io.jenkins.plugins.hss.core.model.ImageType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Runs failing calls with every kind of credential and searches all that was said for the secrets. */
class SecretsStayHiddenTest {

    private static final String SECRET_KEY = "sk-VERY-SECRET-0123456789";
    private static final String SECURITY_TOKEN = "sec-token-VERY-SECRET";
    private static final String PASSWORD = "pw-VERY-SECRET";
    private static final String ISSUED_TOKEN = "iam-token-VERY-SECRET";
    private static final String READY_TOKEN = "ready-token-VERY-SECRET";
    private static final SwrImageQuery QUERY = SwrImageQuery.builder(ImageType.PRIVATE_IMAGE).build();

    /** Synchronized: OkHttp's threads log into it while the test thread appends what it caught. */
    private final StringBuffer said = new StringBuffer();

    @Test
    void noSecretAppearsInAnyExceptionLogLineOrToString() throws Exception {
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        Handler capture = capture();
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        PrintStream err = System.err;
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        List<String> signatures;
        try {
            signatures = failWithEveryCredential();
        } finally {
            System.setErr(err);
            root.removeHandler(capture);
            root.setLevel(level);
        }
        said.append(errBytes.toString(StandardCharsets.UTF_8));

        assertThat(said).isNotEmpty();
        for (String secret : List.of(SECRET_KEY, SECURITY_TOKEN, PASSWORD, ISSUED_TOKEN, READY_TOKEN)) {
            assertThat(said.toString()).doesNotContain(secret);
        }
        assertThat(signatures).isNotEmpty().allSatisfy(signature -> assertThat(said.toString()).doesNotContain(signature));
    }

    private List<String> failWithEveryCredential() throws Exception {
        AccessKeyCredentials keys = AccessKeyCredentials.temporary("AK-PUBLIC", SECRET_KEY, SECURITY_TOKEN);
        List<String> signatures = new java.util.ArrayList<>();
        try (MockHss hss = new MockHss()) {
            hss.answer(401, "{\"error_code\":\"APIG.0301\",\"error_msg\":\"verify aksk signature fail\"}", "X-Request-Id", "r1");
            hss.answer(500, "not json");
            hss.answer(200, "{\"total_num\":1,\"data_list\":[{");
            for (int i = 0; i < 3; i++) {
                failing(hss.clientBuilder(keys).build());
                RecordedRequest sent = hss.take();
                String authorization = sent.getHeaders().get("Authorization");
                signatures.add(authorization.substring(authorization.indexOf("Signature=") + 10));
            }
            hss.answer(201, "{\"token\":{\"expires_at\":\"2099-01-01T00:00:00.000000Z\"}}", "X-Subject-Token", ISSUED_TOKEN);
            hss.answer(401, "{\"error_code\":\"APIG.0307\",\"error_msg\":\"The token must be updated.\"}");
            hss.answer(401, "{\"error\":{\"code\":401,\"message\":\"The username or password is wrong.\"}}");
            failing(hss.clientBuilder(IamUserCredentials.of("bot", PASSWORD, "acme")).build());
            hss.answer(403, "{\"error_code\":\"HSS.0013\",\"error_msg\":\"Insufficient permissions\"}");
            failing(hss.clientBuilder(TokenCredentials.of(READY_TOKEN)).build());
            failing(hss.clientBuilder(keys).endpoint(HssEndpoints.single("http://127.0.0.1:1/")).build());
        }
        for (HssCredentials credentials : List.of(keys, IamUserCredentials.of("bot", PASSWORD, "acme"), TokenCredentials.of(READY_TOKEN))) {
            said.append(credentials).append('\n').append(credentials.identity()).append('\n');
        }
        return signatures;
    }

    private void failing(HssClient client) {
        try (client) {
            client.listSwrImages(MockHss.PROJECT, QUERY, 0, 10);
            said.append("unexpected success\n");
        } catch (Exception e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            said.append(e.getMessage()).append('\n').append(trace).append('\n');
        }
    }

    private Handler capture() {
        SimpleFormatter formatter = new SimpleFormatter();
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                said.append(formatter.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }
}
