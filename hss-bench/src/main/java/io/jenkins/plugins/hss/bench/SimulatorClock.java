package io.jenkins.plugins.hss.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Moves the clock of a simulator in another process through its admin endpoint
 * ({@code POST /_sim/clock/advance}, which is neither counted nor rate limited), so that a client
 * in its own JVM keeps simulated time in step with it.
 */
final class SimulatorClock implements Consumer<Duration> {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI advance;

    SimulatorClock(String baseUrl) {
        this.advance = URI.create(baseUrl + "/_sim/clock/advance");
    }

    @Override
    public void accept(Duration amount) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(advance + "?by=" + amount))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the simulator refused to move its clock: " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the simulator's admin endpoint", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while moving the simulator's clock", e);
        }
    }
}
