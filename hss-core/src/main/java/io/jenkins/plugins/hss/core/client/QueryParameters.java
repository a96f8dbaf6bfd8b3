package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.model.WireValue;
import java.util.ArrayList;
import java.util.List;

/** Query parameters in the order they were added, unset (null) values left out. */
public final class QueryParameters {

    /** One decoded name and value. */
    public record Parameter(String name, String value) {
    }

    private final List<Parameter> parameters = new ArrayList<>();

    /**
     * Adds {@code name=value} unless the value is null: an enumeration of the newer API as its wire
     * name, anything else (booleans, numbers) as {@code toString()}.
     */
    public QueryParameters add(String name, Object value) {
        if (value != null) {
            parameters.add(new Parameter(name, value instanceof WireValue wire ? wire.wireName() : value.toString()));
        }
        return this;
    }

    public List<Parameter> list() {
        return List.copyOf(parameters);
    }
}
