package io.jenkins.plugins.hss.simulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;

/**
 * JSON as HSS writes it: snake_case names, absent values omitted (never {@code null}), numbers and
 * booleans as JSON numbers and booleans, because the SDK's deserialisers are strict.
 */
final class WireJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private WireJson() {
    }

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    /** {@code value} (a number, string, boolean or null) as a JSON node. */
    static JsonNode node(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** The body as a JSON tree, or null when it is not JSON at all. */
    static JsonNode tree(byte[] body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
