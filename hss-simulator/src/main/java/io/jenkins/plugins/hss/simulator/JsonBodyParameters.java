package io.jenkins.plugins.hss.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The fields of a JSON request body, typed as strictly as the service's own deserialiser. */
final class JsonBodyParameters implements RequestParameters {

    private final JsonNode body;

    private JsonBodyParameters(JsonNode body) {
        this.body = body;
    }

    /** The body of a request, which must be a JSON object (HSS.0002 otherwise). */
    static JsonBodyParameters of(byte[] body) {
        JsonNode tree = WireJson.tree(body);
        if (tree == null || !tree.isObject()) {
            throw ApiError.unreadableRequest();
        }
        return new JsonBodyParameters(tree);
    }

    /** A nested object of a body (a list item, {@code query_info}), read with the same strictness. */
    static JsonBodyParameters ofObject(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw ApiError.invalidParameter(where + " must be an object");
        }
        return new JsonBodyParameters(node);
    }

    /** The items of an array field, each an object; none when the field is absent. */
    List<JsonBodyParameters> objects(String name, int maxItems) {
        JsonNode list = node(name);
        List<JsonBodyParameters> items = new ArrayList<>();
        if (list == null) {
            return items;
        }
        if (!list.isArray() || list.size() > maxItems) {
            throw ApiError.invalidParameter(name + " must be an array of at most " + maxItems + " items");
        }
        for (JsonNode item : list) {
            items.add(ofObject(item, name + " items"));
        }
        return items;
    }

    JsonNode node(String name) {
        JsonNode value = body.get(name);
        return value == null || value.isNull() ? null : value;
    }

    @Override
    public Optional<String> text(String name) {
        JsonNode value = node(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw ApiError.invalidParameter(name + " must be a string");
        }
        return Optional.of(value.asText()).filter(text -> !text.isEmpty());
    }

    @Override
    public Optional<Long> number(String name, long min, long max) {
        JsonNode value = node(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            throw ApiError.invalidParameter(name + " must be a whole number between " + min + " and " + max);
        }
        return Optional.of(value.asLong());
    }

    @Override
    public Optional<Boolean> flag(String name) {
        JsonNode value = node(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw ApiError.invalidParameter(name + " must be true or false");
        }
        return Optional.of(value.asBoolean());
    }
}
