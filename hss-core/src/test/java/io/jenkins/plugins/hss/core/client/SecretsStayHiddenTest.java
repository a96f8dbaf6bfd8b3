package io.jenkins.plugins.hss.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.auth.HssCredentials;
import io.jenkins.plugins.hss.core.auth.IamUserCredentials;
import io.jenkins.plugins.hss.core.auth.TokenCredentials;
import io.jenkins.plugins.hss.core.auth.TokenCache;
import io.jenkins.plugins.hss.core.model.ImageScanSelection;
import io.jenkins.plugins.hss.core.model.ImageScanTaskRequest;
import io.jenkins.plugins.hss.core.model.ImageSyncRequest;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.RegistryImageType;
import io.jenkins.plugins.hss.core.model.VulnerabilityType;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.Fault;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
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
        assertNoSecretSaidWhile(this::failWithEveryCredential);
    }

    /** The service echoes every request's headers and body in its error: the signature, the security token, the IAM token. */
    @Test
    void noSecretAppearsWhenEveryNewerCallFailsEchoingItsRequest() throws Exception {
        assertNoSecretSaidWhile(this::failEveryNewerCallEchoed);
        assertThat(said).as("the secrets were echoed, and masked").contains(Redactor.MASK);
    }

    /** Runs {@code failing} catching every log line and all it prints, then searches it for the secrets and the signatures it returns. */
    private void assertNoSecretSaidWhile(Callable<List<String>> failing) throws Exception {
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
            signatures = failing.call();
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

    private List<String> failEveryNewerCallEchoed() {
        List<String> sent = new CopyOnWriteArrayList<>();
        OkHttpClient.Builder capture = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
            for (String header : List.of("Authorization", "X-Auth-Token")) {
                String value = chain.request().header(header);
                if (value != null) {
                    sent.add(value.contains("Signature=") ? value.substring(value.indexOf("Signature=") + 10) : value);
                }
            }
            return chain.proceed(chain.request());
        });
        try (HssSimulator hss = HssSimulator.builder().temporaryAccessKey("AK-PUBLIC", SECRET_KEY, SECURITY_TOKEN)
                .iamUser("acme", "bot", PASSWORD).start()) {
            List.of(Endpoint.CREATE_IMAGE_SCAN_TASK, Endpoint.LIST_IMAGE_TASKS, Endpoint.STOP_IMAGE_SCAN_TASK,
                    Endpoint.LIST_REGISTRIES, Endpoint.CREATE_IMAGE_SYNC_TASK, Endpoint.LIST_REGISTRY_IMAGES,
                    Endpoint.LIST_IMAGE_MALWARES, Endpoint.LIST_IMAGE_RISK_CONFIGS,
                    Endpoint.LIST_GENERAL_IMAGE_VULNERABILITIES)
                    .forEach(endpoint -> hss.faults().always(endpoint, Fault.echoRequest(500)));
            for (HssCredentials credentials : List.of(
                    AccessKeyCredentials.temporary("AK-PUBLIC", SECRET_KEY, SECURITY_TOKEN),
                    IamUserCredentials.of("bot", PASSWORD, "acme"))) {
                try (HssClient client = HssClient.builder().endpoint(HssEndpoints.single(hss.baseUrl()))
                        .credentials(credentials).okHttpClientBuilder(capture).tokenCache(new TokenCache()).build()) {
                    failEveryNewerCall(client, hss.projectId());
                }
            }
        }
        return sent;
    }

    private void failEveryNewerCall(HssClient client, String project) {
        List<Callable<?>> calls = List.of(
                () -> client.createImageScanTask(project, ImageScanTaskRequest.selecting(ImageScanSelection.all()).build()),
                () -> client.listImageTasks(project, ImageTaskQuery.scans().build(), 0, 10),
                () -> client.stopImageScanTask(project, "task-1", null),
                () -> client.listRegistries(project, RegistryQuery.ALL, 0, 10),
                () -> client.createImageSyncTask(project, ImageSyncRequest.allRegistries(null)),
                () -> client.listRegistryImages(project, RegistryImageQuery.builder().build(), 0, 10),
                () -> client.listImageMalwares(project, MalwareQuery.of("img", RegistryImageType.PRIVATE_IMAGE), 0, 10),
                () -> client.listImageRiskConfigs(project, RiskConfigQuery.ofImage(RiskConfigQuery.ImageScope.REGISTRY,
                        "img"), 0, 10),
                () -> client.listGeneralImageVulnerabilities(project,
                        GeneralVulnerabilityQuery.ofRegistryImages(VulnerabilityType.LINUX_VUL, false), 0, 10));
        for (Callable<?> call : calls) {
            sayFailure(() -> {
                call.call();
                return null;
            });
        }
    }

    private void failing(HssClient client) {
        try (client) {
            sayFailure(() -> client.listSwrImages(MockHss.PROJECT, QUERY, 0, 10));
        }
    }

    /** Runs a call that must fail and notes its message and stack trace among what was said. */
    private void sayFailure(Callable<?> call) {
        try {
            call.call();
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
