package io.jenkins.plugins.hss;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.util.Secret;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.FaultPlan;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import io.jenkins.plugins.hss.simulator.ImageType;
import io.jenkins.plugins.hss.simulator.RepairNecessity;
import io.jenkins.plugins.hss.simulator.ScanOutcome;
import io.jenkins.plugins.hss.simulator.Registry;
import io.jenkins.plugins.hss.simulator.Scenario;
import io.jenkins.plugins.hss.simulator.Vulnerability;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The simulator as the plugin's tests use it: HSS and IAM on loopback, real HTTP, real time, and
 * a Jenkins configured to call it with the simulator's access key. As a field registered with
 * {@code @RegisterExtension} beside {@code @WithJenkins}, it starts right before each test and stops
 * right after it: after the {@code @BeforeEach} methods, one of which must take the
 * {@code JenkinsRule} (that is what starts Jenkins). A test spanning restarts holds one in a static
 * field instead.
 */
final class SimulatedHss implements AutoCloseable, BeforeTestExecutionCallback, AfterTestExecutionCallback {

    static final String CREDENTIALS_ID = "hss-ak";
    static final String CLEAN = "team/app:1.2";
    static final String VULNERABLE = "team/legacy:0.9";
    static final String OVERSIZED = "team/huge:2.0";
    static final String SLOW = "team/slow:1.0";
    /** Fails its scan with a description full of markup, as a hostile or broken API could answer. */
    static final String HOSTILE = "team/hostile:6.6";
    static final String HOSTILE_TEXT = "<script>alert('hss')</script><img src=x onerror=alert(1)>";
    /** Its urgent vulnerability is marked handled in HSS. */
    static final String HANDLED = "audit/api:1.0";
    /** The same SWR Enterprise image in two instances: clean in {@link #CLEAN_INSTANCE}, vulnerable in the other. */
    static final String ENTERPRISE = "finance/ledger:3.1";
    static final String CLEAN_INSTANCE = "inst-a";
    static final String VULNERABLE_INSTANCE = "inst-b";
    /** A Harbor registry HSS is connected to, whose copy of {@link #VULNERABLE} is clean. */
    static final String HARBOR = "team harbor";

    static {
        // The real service's five calls a minute would make every test wait minutes.
        System.setProperty(ControllerPollers.RATE_LIMIT_PROPERTY, "50/1s");
    }

    private final Duration slowScan;
    private HssSimulator simulator;

    private SimulatedHss(Duration slowScan) {
        this.slowScan = slowScan;
    }

    /** Started and configured before each test, stopped after it. */
    static SimulatedHss perTest() {
        return new SimulatedHss(Duration.ofMinutes(10));
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) throws IOException {
        simulator = scenario(slowScan);
        configureJenkins();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        close();
    }

    /** Started now, for a test that configures Jenkins itself. */
    static SimulatedHss start(Duration slowScan) {
        SimulatedHss hss = new SimulatedHss(slowScan);
        hss.simulator = scenario(slowScan);
        return hss;
    }

    /** Five SWR images (and a Harbor copy of one): one clean, one with an urgent vulnerability, one too large, one slow to scan, one failing with markup. */
    private static HssSimulator scenario(Duration slowScan) {
        Scenario scenario = Scenario.builder()
                .scanDuration(Duration.ofSeconds(1))
                // HSS's sync takes a while; here a second, so that a test of a pushed image runs in real time.
                .syncDuration(Duration.ofSeconds(1))
                .image(CLEAN)
                .image(VULNERABLE, image -> image.vulnerabilities(
                        Vulnerability.of("CVE-2026-0001", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "1.0.2")))
                .image(OVERSIZED, image -> image.outcome(ScanOutcome.IMAGE_OVERSIZED))
                .image(SLOW, image -> image.scanDuration(slowScan))
                .image(HOSTILE, image -> image.outcome(ScanOutcome.FAILED).failureReason(HOSTILE_TEXT))
                .image(HANDLED, image -> image.vulnerabilities(
                        Vulnerability.of("CVE-2026-0002", RepairNecessity.IMMEDIATE_REPAIR, "zlib", "1.2"))
                        .handled("CVE-2026-0002"))
                .registry(Registry.harbor("harbor-1", HARBOR, "harbor.example.com"))
                .image(VULNERABLE, image -> image.registry("harbor-1", ImageType.HARBOR))
                .image(ENTERPRISE, image -> image.type(ImageType.INSTANCE_IMAGE).instance(CLEAN_INSTANCE, "ee-a"))
                .image(ENTERPRISE, image -> image.type(ImageType.INSTANCE_IMAGE).instance(VULNERABLE_INSTANCE, "ee-b")
                        .vulnerabilities(Vulnerability.of("CVE-2026-0201", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3")))
                .build();
        return HssSimulator.builder().scenario(scenario).start();
    }

    /** Stores the access key and points the global configuration at the simulator. */
    void configureJenkins() throws IOException {
        SystemCredentialsProvider.getInstance().getCredentials().add(new HuaweiCloudAccessKeyCredentials(
                CredentialsScope.GLOBAL, CREDENTIALS_ID, "simulator", HssSimulator.DEMO_ACCESS_KEY,
                Secret.fromString(HssSimulator.DEMO_SECRET_KEY)));
        SystemCredentialsProvider.getInstance().save();
        HssGlobalConfiguration config = HssGlobalConfiguration.get();
        config.setRegion(HssSimulator.DEFAULT_REGION);
        config.setProjectId(simulator.projectId());
        config.setCredentialsId(CREDENTIALS_ID);
        config.setHssEndpoint(simulator.baseUrl());
        config.setIamEndpoint(simulator.baseUrl());
    }

    /**
     * Pushes an image with one urgent vulnerability to the registry now: HSS lists it only after a
     * sync, as it would a tag a build pushed just before its scan.
     */
    void push(String reference) {
        simulator.push(reference, image -> image.vulnerabilities(
                Vulnerability.of("CVE-2026-0100", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3.0.1")));
    }

    /** A token the simulated IAM issues to its demo user for the project: what a token credential holds. */
    String token() throws IOException {
        String body = """
                {"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": "%s", "password": "%s",
                 "domain": {"name": "%s"}}}}, "scope": {"project": {"id": "%s"}}}}"""
                .formatted(HssSimulator.DEMO_USER, HssSimulator.DEMO_PASSWORD, HssSimulator.DEMO_DOMAIN, simulator.projectId());
        HttpURLConnection http = (HttpURLConnection) URI.create(simulator.baseUrl().replaceFirst("/$", "") + "/v3/auth/tokens")
                .toURL().openConnection();
        http.setRequestMethod("POST");
        http.setRequestProperty("Content-Type", "application/json");
        http.setDoOutput(true);
        try (OutputStream out = http.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        String token = http.getHeaderField("X-Subject-Token");
        http.disconnect();
        if (token == null) {
            throw new IOException("the simulated IAM issued no token: HTTP " + http.getResponseCode());
        }
        return token;
    }

    /** How many batch scans HSS received. */
    long triggers() {
        return simulator.requestCount(Endpoint.BATCH_SCAN);
    }

    /** How many requests of {@code endpoint} HSS received (counted on arrival, before any fault). */
    long requests(Endpoint endpoint) {
        return simulator.requestCount(endpoint);
    }

    /** What goes wrong with the next requests. */
    FaultPlan faults() {
        return simulator.faults();
    }

    @Override
    public void close() {
        simulator.close();
    }
}
