package io.jenkins.plugins.hss.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.hss.simulator.Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;

/**
 * Reads the request counts of a simulator in another process ({@code GET /_sim/stats}), so that a
 * client that runs twice can report the counts of its first run alone.
 */
final class SimulatorStats {

    private SimulatorStats() {
    }

    static RequestCounts read(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/_sim/stats")).GET().build();
        String body = SimulatorAdmin.call(request, "give its stats");
        try {
            JsonNode endpoints = new ObjectMapper().readTree(body).path("endpoints");
            long throttled = 0;
            for (JsonNode stats : endpoints) {
                throttled += stats.path("throttled").asLong();
            }
            return new RequestCounts(received(endpoints, Endpoint.BATCH_SCAN),
                    received(endpoints, Endpoint.LIST_SWR_IMAGES),
                    received(endpoints, Endpoint.LIST_IMAGE_VULNERABILITIES), received(endpoints, Endpoint.IAM_TOKENS),
                    throttled);
        } catch (IOException e) {
            throw new UncheckedIOException("the simulator's stats are not JSON", e);
        }
    }

    private static long received(JsonNode endpoints, Endpoint endpoint) {
        return endpoints.path(endpoint.adminName()).path("received").asLong();
    }
}
