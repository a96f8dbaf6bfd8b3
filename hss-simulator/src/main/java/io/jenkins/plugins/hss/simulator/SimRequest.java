package io.jenkins.plugins.hss.simulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** A request as it arrived, body read in full (chunked or not: the JDK server decodes both). */
record SimRequest(String method, String rawPath, QueryParameters query, Headers headers, byte[] body, String clientIp) {

    static SimRequest read(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        return new SimRequest(exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                QueryParameters.parse(exchange.getRequestURI().getRawQuery()),
                exchange.getRequestHeaders(),
                body,
                exchange.getRemoteAddress().getAddress().getHostAddress());
    }

    /** The first value of a header, case-insensitively; null when absent. */
    String header(String name) {
        return headers.getFirst(name);
    }
}
