package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.auth.HssCredentials;
import io.jenkins.plugins.hss.core.auth.IamUserCredentials;
import io.jenkins.plugins.hss.core.auth.TokenCache;
import io.jenkins.plugins.hss.core.client.HssClient;
import io.jenkins.plugins.hss.core.client.HssEndpoints;
import io.jenkins.plugins.hss.core.watch.Connection;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import java.time.Clock;

/**
 * The simulator as the engine reaches it: the {@link Connection} a face gives the engine, and, for
 * the measurements that call HSS directly (the earliest triggers, token sharing), the engine's
 * client on the simulated clock: the signature date and token expiry follow simulated time (the
 * client never waits: retries are the engine's, on its scheduler). Each client gets a token cache
 * of its own, so counts start at zero.
 */
final class EngineClients {

    private static final HssCredentials ACCESS_KEY =
            AccessKeyCredentials.of(SimulatedHss.ACCESS_KEY, SimulatedHss.SECRET_KEY);

    private EngineClients() {
    }

    /** The simulator's access key, as every process of the benchmark's user connects. */
    static Connection connection(String baseUrl) {
        return Connection.builder(HssEndpoints.single(baseUrl), ACCESS_KEY).region(SimulatedHss.REGION).build();
    }

    static HssClient accessKey(String baseUrl, Clock clock) {
        return client(baseUrl, clock, ACCESS_KEY);
    }

    static HssClient iamUser(String baseUrl, Clock clock) {
        return client(baseUrl, clock, IamUserCredentials.of(HssSimulator.DEMO_USER,
                HssSimulator.DEMO_PASSWORD, HssSimulator.DEMO_DOMAIN));
    }

    private static HssClient client(String baseUrl, Clock clock, HssCredentials credentials) {
        return HssClient.builder()
                .endpoint(HssEndpoints.single(baseUrl))
                .region(SimulatedHss.REGION)
                .credentials(credentials)
                .clock(clock)
                .tokenCache(new TokenCache())
                .build();
    }
}
