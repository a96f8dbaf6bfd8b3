package io.jenkins.plugins.hss;

import io.jenkins.plugins.hss.core.auth.HssCredentials;
import io.jenkins.plugins.hss.core.client.HssClient;
import io.jenkins.plugins.hss.core.client.HssClientBuilder;
import io.jenkins.plugins.hss.core.client.HssEndpoints;
import io.jenkins.plugins.hss.core.client.RetryPolicy;
import io.jenkins.plugins.hss.core.model.InvalidSettingsException;
import io.jenkins.plugins.okhttp.api.JenkinsOkHttpClient;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The engine's client for one set of connection settings and credentials: the region's endpoints
 * with the administrator's overrides, Jenkins' proxy settings (through okhttp-api) and the
 * configured timeouts.
 */
final class HssConnection {

    private final ConnectionSettings settings;
    private final HssCredentials credentials;
    private final HssEndpoints endpoints;

    /**
     * A scan reports {@code settings.where().problems()} before, together with its other problems;
     * here they only stop a connection that was not checked.
     *
     * @throws InvalidSettingsException listing every problem of the region and the endpoints
     */
    HssConnection(ConnectionSettings settings, HssCredentials credentials) {
        this.settings = settings;
        this.credentials = credentials;
        this.endpoints = settings.where().endpoints();
    }

    /** The HSS base URL, for the console and to tell pollers apart. */
    String endpoint() {
        return endpoints.hss().toString();
    }

    HssClient client() {
        HssClientBuilder builder = HssClient.builder()
                .endpoint(endpoints)
                .region(settings.region())
                .credentials(credentials)
                .projectId(settings.projectId())
                // A 429 goes back to the poller's queue, which pauses without holding a thread.
                .retryPolicy(RetryPolicy.defaults().withRetryThrottled(false))
                .okHttpClientBuilder(JenkinsOkHttpClient.newClientBuilder(new OkHttpClient()));
        // 0 in the global configuration leaves the engine's default.
        if (settings.connectTimeoutSeconds() > 0) {
            builder.connectTimeout(Duration.ofSeconds(settings.connectTimeoutSeconds()));
        }
        if (settings.readTimeoutSeconds() > 0) {
            builder.readTimeout(Duration.ofSeconds(settings.readTimeoutSeconds()));
        }
        return builder.build();
    }
}
