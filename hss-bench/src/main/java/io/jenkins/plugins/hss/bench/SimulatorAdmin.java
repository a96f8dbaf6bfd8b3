package io.jenkins.plugins.hss.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One call to the admin endpoints ({@code /_sim/...}) of a simulator in another process. */
final class SimulatorAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SimulatorAdmin() {
    }

    /**
     * The body of the answer to {@code request}, which must be 200.
     *
     * @param what what the simulator is asked to do, for the error: "move its clock", "give its stats"
     */
    static String call(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the simulator refused to " + what + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the simulator's admin endpoint", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the simulator to " + what, e);
        }
    }
}
