package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.auth.HssCredentials;
import io.jenkins.plugins.hss.core.auth.SecretDigest;
import io.jenkins.plugins.hss.core.budget.BudgetKey;
import io.jenkins.plugins.hss.core.client.HssClient;
import io.jenkins.plugins.hss.core.client.HssClientBuilder;
import io.jenkins.plugins.hss.core.client.HssEndpoints;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * Where, as whom and how a face reaches HSS: the endpoints and region, the credentials, the
 * timeouts and, for a face with proxy settings of its own (Jenkins), the OkHttp client builder they
 * come with. The project is not part of it: each call names its own. A face hands it to
 * {@link HssEngine} with every run; the engine makes the client from it, and makes it again when
 * the {@link #fingerprint()} changes.
 */
public final class Connection {

    /** The connect timeout unless a face sets one: the client's, so that faces need not know the client. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = HssClientBuilder.DEFAULT_CONNECT_TIMEOUT;
    /** The read timeout unless a face sets one. */
    public static final Duration DEFAULT_READ_TIMEOUT = HssClientBuilder.DEFAULT_READ_TIMEOUT;

    private final HssEndpoints endpoints;
    private final String region;
    private final HssCredentials credentials;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final String userAgent;
    private final Supplier<OkHttpClient.Builder> http;
    private String fingerprint;

    private Connection(Builder builder) {
        this.endpoints = Objects.requireNonNull(builder.endpoints, "endpoints");
        this.credentials = Objects.requireNonNull(builder.credentials, "credentials");
        this.region = builder.region;
        this.connectTimeout = builder.connectTimeout;
        this.readTimeout = builder.readTimeout;
        this.userAgent = builder.userAgent;
        this.http = builder.http;
    }

    /** A connection to {@code endpoints} as {@code credentials}, with the engine's default timeouts. */
    public static Builder builder(HssEndpoints endpoints, HssCredentials credentials) {
        return new Builder(endpoints, credentials);
    }

    public HssEndpoints endpoints() {
        return endpoints;
    }

    /**
     * A digest of everything the client is made from: the credentials' fingerprint (so a rotated
     * secret shows, never the secret), the endpoints, region, timeouts, user agent and the proxies
     * the HTTP client would use for HSS and IAM. Equal settings, equal fingerprints.
     */
    public synchronized String fingerprint() {
        if (fingerprint == null) {
            fingerprint = SecretDigest.sha256(credentials.fingerprint(), endpoints.hss().toString(),
                    endpoints.iam().toString(), String.valueOf(region), connectTimeout.toString(),
                    readTimeout.toString(), userAgent, proxies());
        }
        return fingerprint;
    }

    /** Whose budget the calls spend: HSS counts them per user (and API) on one service. */
    BudgetKey budgetKey() {
        return new BudgetKey(credentials.identity(), endpoints.hss().toString());
    }

    /** A new client for these settings: one attempt per call, the user's queue decides what to send again. */
    HssClient client(Clock clock) {
        HssClientBuilder client = HssClient.builder()
                .endpoint(endpoints)
                .credentials(credentials)
                .clock(clock)
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .userAgent(userAgent);
        if (region != null) {
            client.region(region);
        }
        if (http != null) {
            client.okHttpClientBuilder(http.get());
        }
        return client.build();
    }

    /** The proxies for HSS and IAM, as the HTTP client would choose them; {@code direct} without a client of the face. */
    private String proxies() {
        if (http == null) {
            return "direct";
        }
        OkHttpClient client = http.get().build();
        if (client.proxy() != null) {
            return client.proxy().toString();
        }
        List<Proxy> hss = client.proxySelector().select(endpoints.hss().uri());
        List<Proxy> iam = client.proxySelector().select(endpoints.iam().uri());
        return hss + " " + iam + " " + client.proxyAuthenticator().getClass().getName();
    }

    /** The optional parts of a {@link Connection}. */
    public static final class Builder {
        private final HssEndpoints endpoints;
        private final HssCredentials credentials;
        private String region;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private String userAgent = HssClientBuilder.DEFAULT_USER_AGENT;
        private Supplier<OkHttpClient.Builder> http;

        private Builder(HssEndpoints endpoints, HssCredentials credentials) {
            this.endpoints = endpoints;
            this.credentials = credentials;
        }

        /** The region, signed into every call as the {@code region} header. */
        public Builder region(String value) {
            region = value;
            return this;
        }

        public Builder connectTimeout(Duration value) {
            connectTimeout = Objects.requireNonNull(value, "connectTimeout");
            return this;
        }

        /** Also the write timeout. */
        public Builder readTimeout(Duration value) {
            readTimeout = Objects.requireNonNull(value, "readTimeout");
            return this;
        }

        public Builder userAgent(String value) {
            userAgent = Objects.requireNonNull(value, "userAgent");
            return this;
        }

        /**
         * Where the HTTP client comes from, e.g. Jenkins' {@code JenkinsOkHttpClient} with the
         * controller's proxy; the engine adds its timeouts and authentication to a new builder of
         * each client it makes. Without it the engine's client connects directly.
         */
        public Builder http(Supplier<OkHttpClient.Builder> value) {
            http = Objects.requireNonNull(value, "http");
            return this;
        }

        public Connection build() {
            return new Connection(this);
        }
    }
}
