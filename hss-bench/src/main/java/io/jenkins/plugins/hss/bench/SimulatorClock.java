package io.jenkins.plugins.hss.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Moves the clock of a simulator in another process through its admin endpoint
 * ({@code POST /_sim/clock/advance}, which is neither counted nor rate limited), so that a client
 * in its own JVM keeps simulated time in step with it.
 */
final class SimulatorClock implements Consumer<Duration> {

    private final URI advance;

    SimulatorClock(String baseUrl) {
        this.advance = URI.create(baseUrl + "/_sim/clock/advance");
    }

    @Override
    public void accept(Duration amount) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(advance + "?by=" + amount))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        SimulatorAdmin.call(request, "move its clock");
    }
}
