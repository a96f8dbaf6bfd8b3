package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.auth.HssCredentials;
import io.jenkins.plugins.hss.core.auth.IamUserCredentials;
import io.jenkins.plugins.hss.core.auth.TokenCache;
import io.jenkins.plugins.hss.core.client.HssClient;
import io.jenkins.plugins.hss.core.client.HssEndpoints;
import io.jenkins.plugins.hss.core.client.RetryPolicy;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The engine's HSS client for the simulator, as a face builds it, on the simulated clock: the
 * signature date and token expiry follow simulated time, and a retry's backoff moves that clock
 * instead of sleeping. Each client gets a token cache of its own, so counts start at zero.
 */
final class EngineClients {

    private EngineClients() {
    }

    /** @param advance moves {@code clock} forward, as simulated time passes during a backoff */
    static HssClient accessKey(String baseUrl, String projectId, Clock clock, Consumer<Duration> advance) {
        return client(baseUrl, projectId, clock, advance,
                AccessKeyCredentials.of(SimulatedHss.ACCESS_KEY, SimulatedHss.SECRET_KEY));
    }

    static HssClient iamUser(String baseUrl, String projectId, Clock clock, Consumer<Duration> advance) {
        return client(baseUrl, projectId, clock, advance, IamUserCredentials.of(HssSimulator.DEMO_USER,
                HssSimulator.DEMO_PASSWORD, HssSimulator.DEMO_DOMAIN));
    }

    private static HssClient client(String baseUrl, String projectId, Clock clock, Consumer<Duration> advance,
                                    HssCredentials credentials) {
        return HssClient.builder()
                .endpoint(HssEndpoints.single(baseUrl))
                .region(SimulatedHss.REGION)
                .projectId(projectId)
                .credentials(credentials)
                .clock(clock)
                .sleeper(advance::accept)
                .tokenCache(new TokenCache())
                .retryPolicy(RetryPolicy.defaults().withRetryThrottled(false))
                .build();
    }
}
