package io.jenkins.plugins.hss.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.hss.simulator.Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Reads the request counts of a simulator in another process ({@code GET /_sim/stats}), so that a
 * client that runs twice can report the counts of its first run alone.
 */
final class SimulatorStats {

    private SimulatorStats() {
    }

    static RequestCounts read(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/_sim/stats")).GET().build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the simulator refused its stats: " + response.body());
            }
            JsonNode endpoints = new ObjectMapper().readTree(response.body()).path("endpoints");
            long throttled = 0;
            for (JsonNode stats : endpoints) {
                throttled += stats.path("throttled").asLong();
            }
            return new RequestCounts(received(endpoints, Endpoint.BATCH_SCAN),
                    received(endpoints, Endpoint.LIST_SWR_IMAGES),
                    received(endpoints, Endpoint.LIST_IMAGE_VULNERABILITIES), received(endpoints, Endpoint.IAM_TOKENS),
                    throttled);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the simulator's admin endpoint", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the simulator's stats", e);
        }
    }

    private static long received(JsonNode endpoints, Endpoint endpoint) {
        return endpoints.path(endpoint.adminName()).path("received").asLong();
    }
}
