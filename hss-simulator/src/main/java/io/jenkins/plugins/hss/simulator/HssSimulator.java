package io.jenkins.plugins.hss.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A Huawei Cloud HSS and IAM look-alike on loopback. One base URL serves both the HSS API
 * ({@code /v5/...}) and IAM ({@code /v3/auth/tokens}), so it can stand in for either endpoint.
 *
 * <pre>{@code
 * try (HssSimulator hss = HssSimulator.builder().clock(clock).scenario(scenario).start()) {
 *     client.endpoint(hss.baseUrl()) ...
 *     assertThat(hss.requestCount(Endpoint.LIST_SWR_IMAGES)).isLessThanOrEqualTo(3);
 * }
 * }</pre>
 */
public final class HssSimulator implements AutoCloseable {

    public static final String DEFAULT_PROJECT_ID = "0123456789abcdef0123456789abcdef";
    public static final String DEFAULT_REGION = "cn-north-4";
    /** Fake demo credentials, accepted when the builder registers none. */
    public static final String DEMO_ACCESS_KEY = "HPUAEXAMPLEAK1234567";
    public static final String DEMO_SECRET_KEY = "ExampleSecretKey0123456789abcdefghijklmn";
    public static final String DEMO_DOMAIN = "demo-account";
    public static final String DEMO_USER = "demo-user";
    public static final String DEMO_PASSWORD = "demo-password";

    private final LoopbackHttpServer server;
    private final Clock clock;
    private final String projectId;
    private final ImageCatalog catalog;
    private final TokenRegistry tokens;
    private final FaultPlan faults;
    private final RequestCounter counter;
    private final ImagePushes pushes;
    private final ScanQueue scans;

    private HssSimulator(Builder builder) throws IOException {
        this.clock = builder.clock;
        this.projectId = builder.projectIds.iterator().next();
        SyncLedger syncs = new SyncLedger(builder.scenario.sync(), clock.instant());
        Registries registries = new Registries(builder.region, builder.scenario.registries());
        this.catalog = new ImageCatalog(builder.scenario, syncs);
        this.pushes = new ImagePushes(catalog, registries, clock);
        this.tokens = new TokenRegistry(clock, builder.tokenLifetime);
        this.faults = builder.faults;
        this.counter = new RequestCounter();
        ScanRules rules = builder.scenario.rules();
        this.scans = new ScanQueue(rules.concurrentScans());
        Map<Endpoint, Api> apis = new EnumMap<>(Endpoint.class);
        apis.put(Endpoint.IAM_TOKENS, new IamTokenApi(builder.users, tokens, List.copyOf(builder.projectIds),
                builder.region));
        apis.put(Endpoint.BATCH_SCAN, new BatchScanApi(catalog, clock, rules, scans));
        apis.put(Endpoint.LIST_SWR_IMAGES, new SwrImageListApi(catalog, clock, rules.nameMatching(),
                builder.neverScannedTime));
        apis.put(Endpoint.LIST_IMAGE_VULNERABILITIES, new ImageVulnerabilityApi(catalog, clock));
        NewerApis.register(apis, catalog, registries, syncs, clock, rules, scans, builder.neverScannedTime);
        Gateway gateway = new Gateway(apis,
                new Authenticator(tokens, new AkSkVerifier(builder.accessKeys, clock), builder.projectIds),
                builder.rateLimit == null ? null : new RateLimiter(builder.rateLimit, clock),
                faults, counter, new AdminApi(counter, clock, tokens, faults, pushes), clock);
        this.server = new LoopbackHttpServer(builder.port,
                builder.retryAfterHeader ? gateway : new WithoutRetryAfter(gateway));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:PORT}, the HSS endpoint and the IAM endpoint at once. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.port();
    }

    /** The account's first project id, the one a client should put in its paths. */
    public String projectId() {
        return projectId;
    }

    public Clock clock() {
        return clock;
    }

    /** The faults waiting for the next requests; add to it at any time. */
    public FaultPlan faults() {
        return faults;
    }

    /** Every request received for {@code endpoint} since start or the last reset, refused ones included. */
    public long requestCount(Endpoint endpoint) {
        return counter.stats(endpoint).received();
    }

    /** Requests to {@code endpoint} answered 429, by the rate limiter or a fault. */
    public long throttledCount(Endpoint endpoint) {
        return counter.stats(endpoint).throttled();
    }

    public Map<Endpoint, EndpointStats> requestStats() {
        return counter.snapshot();
    }

    public void resetCounts() {
        counter.reset();
    }

    /**
     * Every scan started so far, in the order the triggers queued them, with the instants it
     * starts and ends: to compare a client's verdict with when the scans really ended.
     */
    public List<TriggeredScan> scans() {
        return scans.placed();
    }

    /** Every token issued so far expires now: the next call with one gets 401 APIG.0307. */
    public void expireAllTokens() {
        tokens.expireAll();
    }

    /**
     * Pushes an image to its registry now (or at the instant its builder names with
     * {@code pushedAt}): it is in the registry, but HSS lists it only after a sync that starts at
     * or after the push has ended. Returns its {@code image_id}.
     */
    public String push(String ref, Consumer<ScenarioImage.Builder> details) {
        ScenarioImage.Builder image = ScenarioImage.builder(ref);
        details.accept(image);
        return push(image.build());
    }

    /** A plain private image pushed now. */
    public String push(String ref) {
        return push(ref, image -> { });
    }

    public String push(ScenarioImage image) {
        return pushes.push(image).imageId();
    }

    /** The {@code image_id} HSS gives a private image, for the vulnerabilities path. */
    public String imageId(String ref) {
        return catalog.find(ImageType.PRIVATE_IMAGE, ImageRef.parse(ref))
                .orElseThrow(() -> new IllegalArgumentException("no private image " + ref + " in the scenario"))
                .imageId();
    }

    @Override
    public void close() {
        server.close();
    }

    /** Everything has a default: an empty scenario, the system clock, the demo credentials, port 0. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private Scenario scenario = Scenario.empty();
        private final List<AccessKey> accessKeys = new ArrayList<>();
        private final List<IamUser> users = new ArrayList<>();
        private final Set<String> projectIds = new LinkedHashSet<>();
        private String region = DEFAULT_REGION;
        private Duration tokenLifetime = Duration.ofHours(24);
        private RateLimit rateLimit;
        private final FaultPlan faults = new FaultPlan();
        private int port;
        private NeverScannedTime neverScannedTime = NeverScannedTime.ZERO;
        private boolean retryAfterHeader = true;

        private Builder() {
        }

        /** The only source of time: scan phases, token expiry, signature skew and rate windows. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder scenario(Scenario value) {
            this.scenario = Objects.requireNonNull(value, "scenario");
            return this;
        }

        public Builder accessKey(String accessKey, String secretKey) {
            accessKeys.add(new AccessKey(accessKey, secretKey, null));
            return this;
        }

        /** A temporary AK/SK: requests must also carry (and sign) this {@code X-Security-Token}. */
        public Builder temporaryAccessKey(String accessKey, String secretKey, String securityToken) {
            accessKeys.add(new AccessKey(accessKey, secretKey, Objects.requireNonNull(securityToken)));
            return this;
        }

        public Builder iamUser(String domain, String user, String password) {
            users.add(new IamUser(domain, user, password));
            return this;
        }

        public Builder tokenLifetime(Duration value) {
            this.tokenLifetime = Objects.requireNonNull(value, "tokenLifetime");
            return this;
        }

        /** A project of the account; the first one added is {@link #projectId()}. */
        public Builder projectId(String value) {
            projectIds.add(Objects.requireNonNull(value, "projectId"));
            return this;
        }

        /** The region name, which names the default project in an IAM token scope. */
        public Builder region(String value) {
            this.region = Objects.requireNonNull(value, "region");
            return this;
        }

        /** Off unless set; {@link RateLimit#HSS} is the real service's 5 calls a minute. */
        public Builder rateLimit(RateLimit value) {
            this.rateLimit = value;
            return this;
        }

        public Builder faults(Consumer<FaultPlan> plan) {
            plan.accept(faults);
            return this;
        }

        /** What the lists show as {@code latest_scan_time} of an image never scanned (default 0). */
        public Builder neverScannedTime(NeverScannedTime value) {
            this.neverScannedTime = Objects.requireNonNull(value, "neverScannedTime");
            return this;
        }

        /**
         * Whether 429 answers carry {@code Retry-After} (default true). Huawei documents no such
         * header; false is how a client tests its path without one.
         */
        public Builder retryAfterHeader(boolean value) {
            this.retryAfterHeader = value;
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        public HssSimulator start() {
            if (accessKeys.isEmpty() && users.isEmpty()) {
                accessKey(DEMO_ACCESS_KEY, DEMO_SECRET_KEY);
                iamUser(DEMO_DOMAIN, DEMO_USER, DEMO_PASSWORD);
            }
            if (projectIds.isEmpty()) {
                projectIds.add(DEFAULT_PROJECT_ID);
            }
            try {
                return new HssSimulator(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the HSS simulator on port " + port, e);
            }
        }
    }
}
