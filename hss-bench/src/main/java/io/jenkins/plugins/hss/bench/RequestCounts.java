package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.EndpointStats;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import java.util.Map;

/**
 * What the simulator received, per endpoint, refused calls included.
 *
 * @param throttled calls of any endpoint answered 429
 */
record RequestCounts(long batchScan, long listImages, long vulnerabilities, long iamTokens, long throttled) {

    static RequestCounts of(HssSimulator simulator) {
        Map<Endpoint, EndpointStats> stats = simulator.requestStats();
        long throttled = stats.values().stream().mapToLong(EndpointStats::throttled).sum();
        return new RequestCounts(stats.get(Endpoint.BATCH_SCAN).received(),
                stats.get(Endpoint.LIST_SWR_IMAGES).received(),
                stats.get(Endpoint.LIST_IMAGE_VULNERABILITIES).received(),
                stats.get(Endpoint.IAM_TOKENS).received(), throttled);
    }

    /** HSS calls, the ones its rate limit counts (IAM tokens are not HSS calls). */
    long hssCalls() {
        return batchScan + listImages + vulnerabilities;
    }
}
