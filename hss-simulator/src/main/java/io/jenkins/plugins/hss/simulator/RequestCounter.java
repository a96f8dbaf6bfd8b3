package io.jenkins.plugins.hss.simulator;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Counts requests per API so tests and benchmarks can assert request budgets. */
final class RequestCounter {

    private final Map<Endpoint, LongAdder> received = adders();
    private final Map<Endpoint, LongAdder> throttled = adders();

    void received(Endpoint endpoint) {
        received.get(endpoint).increment();
    }

    void throttled(Endpoint endpoint) {
        throttled.get(endpoint).increment();
    }

    EndpointStats stats(Endpoint endpoint) {
        return new EndpointStats(received.get(endpoint).sum(), throttled.get(endpoint).sum());
    }

    Map<Endpoint, EndpointStats> snapshot() {
        Map<Endpoint, EndpointStats> snapshot = new EnumMap<>(Endpoint.class);
        for (Endpoint endpoint : Endpoint.values()) {
            snapshot.put(endpoint, stats(endpoint));
        }
        return snapshot;
    }

    void reset() {
        received.values().forEach(LongAdder::reset);
        throttled.values().forEach(LongAdder::reset);
    }

    private static Map<Endpoint, LongAdder> adders() {
        Map<Endpoint, LongAdder> adders = new EnumMap<>(Endpoint.class);
        for (Endpoint endpoint : Endpoint.values()) {
            adders.put(endpoint, new LongAdder());
        }
        return adders;
    }
}
