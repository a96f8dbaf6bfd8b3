package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.auth.HssCredentials;
import io.jenkins.plugins.hss.core.auth.IamUserCredentials;
import io.jenkins.plugins.hss.core.auth.TokenCache;
import io.jenkins.plugins.hss.core.auth.TokenCredentials;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/** Configures an {@link HssClient}; endpoints and credentials are required, the project is given per call. */
public final class HssClientBuilder {

    /** Connect timeout: a reachable gateway answers a TCP handshake in far less. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Read timeout: the longest silence while waiting for an answer. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** Call timeout: one attempt from start to the end of the body; retries each get their own. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
    /** The {@code User-Agent} of every call, unless a face names itself. */
    public static final String DEFAULT_USER_AGENT = "hss-image-scan/1";

    private HssEndpoints endpoints;
    private HssCredentials credentials;
    private String region;
    private String userAgent = DEFAULT_USER_AGENT;
    private Clock clock = Clock.systemUTC();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Sleeper sleeper = Sleeper.real();
    private RandomGenerator random = new Random();
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

    /** The clock of {@code X-Sdk-Date}, token expiry and the retry deadline. */
    public HssClientBuilder clock(Clock value) {
        clock = value;
        return this;
    }

    public HssClientBuilder retryPolicy(RetryPolicy value) {
        retryPolicy = value;
        return this;
    }

    public HssClientBuilder sleeper(Sleeper value) {
        sleeper = value;
        return this;
    }

    /** The source of backoff jitter. */
    public HssClientBuilder random(RandomGenerator value) {
        random = value;
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

    /** Bounds one attempt; the retry policy bounds all attempts together. */
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
        boolean owns = http == null;
        OkHttpClient plain = (owns ? new OkHttpClient.Builder() : http)
                .connectTimeout(connectTimeout).readTimeout(readTimeout).writeTimeout(readTimeout)
                .callTimeout(callTimeout).followRedirects(false)
                .build();
        OkHttpClient authenticated = plain.newBuilder().addInterceptor(authentication(plain)).build();
        return new HssClient(this, authenticated, caller(authenticated), owns);
    }

    private Interceptor authentication(OkHttpClient plain) {
        if (credentials instanceof AccessKeyCredentials keys) {
            return new AuthInterceptor.Signing(keys, clock);
        }
        if (credentials instanceof TokenCredentials token) {
            return new AuthInterceptor.FixedToken(token);
        }
        IamUserCredentials user = (IamUserCredentials) credentials;
        return new AuthInterceptor.IamUser(new IamTokenProvider(endpoints.iam(), user, tokenCache, caller(plain), clock), clock);
    }

    private RetryingCaller caller(OkHttpClient http) {
        return new RetryingCaller(http, retryPolicy, sleeper, random, clock, listener);
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
