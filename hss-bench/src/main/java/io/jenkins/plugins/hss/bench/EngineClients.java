package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.auth.HssCredentials;
import io.jenkins.plugins.hss.core.auth.IamUserCredentials;
import io.jenkins.plugins.hss.core.auth.TokenCache;
import io.jenkins.plugins.hss.core.client.HssClient;
import io.jenkins.plugins.hss.core.client.HssEndpoints;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import java.time.Clock;

/**
 * The engine's HSS client for the simulator, as a face builds it, on the simulated clock: the
 * signature date and token expiry follow simulated time (the client never waits: retries are the
 * watcher's, on its scheduler). Each client gets a token cache of its own, so counts start at zero.
 */
final class EngineClients {

    private EngineClients() {
    }

    static HssClient accessKey(String baseUrl, String projectId, Clock clock) {
        return client(baseUrl, projectId, clock, AccessKeyCredentials.of(SimulatedHss.ACCESS_KEY, SimulatedHss.SECRET_KEY));
    }

    static HssClient iamUser(String baseUrl, String projectId, Clock clock) {
        return client(baseUrl, projectId, clock, IamUserCredentials.of(HssSimulator.DEMO_USER,
                HssSimulator.DEMO_PASSWORD, HssSimulator.DEMO_DOMAIN));
    }

    private static HssClient client(String baseUrl, String projectId, Clock clock, HssCredentials credentials) {
        return HssClient.builder()
                .endpoint(HssEndpoints.single(baseUrl))
                .region(SimulatedHss.REGION)
                .projectId(projectId)
                .credentials(credentials)
                .clock(clock)
                .tokenCache(new TokenCache())
                .build();
    }
}
