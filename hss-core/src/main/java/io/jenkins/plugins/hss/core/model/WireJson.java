package io.jenkins.plugins.hss.core.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jenkins.plugins.hss.core.HssJson;
import java.io.UncheckedIOException;

/** A request body as the wire has it: HSS's JSON dialect, UTF-8. */
final class WireJson {

    private WireJson() {
    }

    static byte[] bytes(Object body) {
        try {
            return HssJson.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
    }
}
