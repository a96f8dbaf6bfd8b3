package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.auth.HssCredentials;
import io.jenkins.plugins.hss.core.auth.IamUserCredentials;
import io.jenkins.plugins.hss.core.auth.TokenCache;
import io.jenkins.plugins.hss.core.auth.TokenCredentials;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/** Configures an {@link HssClient}; endpoints and credentials are required, the project is given per call. */
public final class HssClientBuilder {

    /** Connect timeout: a reachable gateway answers a TCP handshake in far less. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Read timeout: the longest silence while waiting for an answer. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** Call timeout: one call from start to the end of the body. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
    /** The {@code User-Agent} of every call, unless a face names itself. */
    public static final String DEFAULT_USER_AGENT = "hss-image-scan/1";

    private HssEndpoints endpoints;
    private HssCredentials credentials;
    private String region;
    private String userAgent = DEFAULT_USER_AGENT;
    private Clock clock = Clock.systemUTC();
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private OkHttpClient.Builder http;
    private CallListener listener = CallListener.NONE;
    private TokenCache tokenCache = TokenCache.shared();

    HssClientBuilder() {
    }

    public HssClientBuilder endpoint(HssEndpoints value) {
        endpoints = value;
        return this;
    }

    /** The endpoints of a known region, and the {@code region} header; see {@link HssRegions}. */
    public HssClientBuilder region(String value) {
        region = value;
        if (endpoints == null) {
            endpoints = HssRegions.endpoints(value);
        }
        return this;
    }

    public HssClientBuilder credentials(HssCredentials value) {
        credentials = value;
        return this;
    }

    public HssClientBuilder userAgent(String value) {
        userAgent = value;
        return this;
    }

    /** The clock of {@code X-Sdk-Date} and token expiry. */
    public HssClientBuilder clock(Clock value) {
        clock = value;
        return this;
    }

    public HssClientBuilder connectTimeout(Duration value) {
        connectTimeout = value;
        return this;
    }

    public HssClientBuilder readTimeout(Duration value) {
        readTimeout = value;
        return this;
    }

    /** Bounds one call, from start to the end of the body. */
    public HssClientBuilder callTimeout(Duration value) {
        callTimeout = value;
        return this;
    }

    /**
     * Borrows this client's connection pool, dispatcher and proxy settings (e.g. Jenkins'); the
     * timeouts and interceptors of this builder are added to a copy, the given client is unchanged
     * and is not shut down by {@link HssClient#close()}.
     */
    public HssClientBuilder okHttpClient(OkHttpClient value) {
        http = value.newBuilder();
        return this;
    }

    /** As {@link #okHttpClient(OkHttpClient)}, from a builder. */
    public HssClientBuilder okHttpClientBuilder(OkHttpClient.Builder value) {
        http = value;
        return this;
    }

    public HssClientBuilder callListener(CallListener value) {
        listener = value;
        return this;
    }

    /** Where IAM tokens are cached; by default one cache for the whole JVM. */
    public HssClientBuilder tokenCache(TokenCache value) {
        tokenCache = value;
        return this;
    }

    public HssClient build() {
        Objects.requireNonNull(endpoints, "endpoint or region");
        Objects.requireNonNull(credentials, "credentials");
        positive("connectTimeout", connectTimeout);
        positive("readTimeout", readTimeout);
        positive("callTimeout", callTimeout);
        boolean owns = http == null;
        OkHttpClient plain = (owns ? new OkHttpClient.Builder() : http)
                .connectTimeout(connectTimeout).readTimeout(readTimeout).writeTimeout(readTimeout)
                .callTimeout(callTimeout).followRedirects(false)
                // OkHttp would otherwise send a request again, unasked, when a connection fails: a
                // batch-scan POST too. What is sent again is the watcher's decision alone.
                .retryOnConnectionFailure(false)
                .build();
        Redactor redactor = new Redactor(credentials);
        OkHttpClient authenticated = plain.newBuilder().addInterceptor(authentication(plain, redactor)).build();
        return new HssClient(this, authenticated, new Caller(authenticated, clock, listener, redactor), owns);
    }

    /** OkHttp reads zero as "no timeout at all": a call that could hang for ever, which no face may ask for. */
    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be longer than zero, was " + value);
        }
    }

    private Interceptor authentication(OkHttpClient plain, Redactor redactor) {
        if (credentials instanceof AccessKeyCredentials keys) {
            return new AuthInterceptor.Signing(keys, clock);
        }
        if (credentials instanceof TokenCredentials token) {
            return new AuthInterceptor.FixedToken(token);
        }
        IamUserCredentials user = (IamUserCredentials) credentials;
        IamTokenProvider tokens = new IamTokenProvider(endpoints.iam(), user, tokenCache,
                new Caller(plain, clock, listener, redactor), clock);
        return new AuthInterceptor.IamUser(tokens, clock, redactor);
    }

    HssEndpoints endpoints() {
        return endpoints;
    }

    String region() {
        return region;
    }

    String userAgent() {
        return userAgent;
    }
}
