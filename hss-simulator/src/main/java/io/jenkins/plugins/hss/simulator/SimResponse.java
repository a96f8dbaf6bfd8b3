package io.jenkins.plugins.hss.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response before it is written: status, headers (names exactly as sent) and body bytes.
 *
 * @param cutAfter how many bytes of the body are written before the connection is closed
 *                 (the headers still announce the whole body); -1 writes it all
 */
record SimResponse(int status, Map<String, String> headers, byte[] body, int cutAfter) {

    SimResponse {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    SimResponse(int status, Map<String, String> headers, byte[] body) {
        this(status, headers, body, -1);
    }

    static SimResponse json(int status, Object value) {
        return new SimResponse(status, Map.of(), WireJson.bytes(value));
    }

    /** HSS documents no body for a successful batch scan; the SDK accepts an empty one. */
    static SimResponse emptyOk() {
        return new SimResponse(200, Map.of(), new byte[0]);
    }

    SimResponse withoutHeader(String name) {
        Map<String, String> fewer = new LinkedHashMap<>(headers);
        fewer.remove(name);
        return new SimResponse(status, fewer, body);
    }

    SimResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new SimResponse(status, more, body, cutAfter);
    }

    SimResponse withBody(byte[] replacement) {
        return new SimResponse(status, headers, replacement, cutAfter);
    }

    /** This response with only the first half of its body written, then the connection closed. */
    SimResponse cutInHalf() {
        return new SimResponse(status, headers, body, body.length / 2);
    }

    boolean isCut() {
        return cutAfter >= 0;
    }
}
