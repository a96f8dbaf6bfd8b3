package io.jenkins.plugins.hss.simulator;

import java.util.List;
import java.util.Map;

/**
 * A request as it arrived, body read in full (chunked or not). Header names are looked up
 * case-insensitively.
 */
record SimRequest(String method, String rawPath, QueryParameters query, Map<String, List<String>> headers,
                  byte[] body, String clientIp) {

    /** The first value of a header; null when absent. */
    String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** This request with the query parameter {@code name} set to {@code value} (added when absent). */
    SimRequest withQueryParameter(String name, String value) {
        return new SimRequest(method, rawPath, query.with(name, value), headers, body, clientIp);
    }
}
