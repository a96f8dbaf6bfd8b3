package io.jenkins.plugins.hss.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decoded query string of a request, in wire order (the signature needs the order of repeated
 * names; the service itself does not care about order). The first value of a name wins.
 */
final class QueryParameters implements RequestParameters {

    private final List<Map.Entry<String, String>> pairs;
    private final Map<String, String> firstValues = new LinkedHashMap<>();

    private QueryParameters(List<Map.Entry<String, String>> pairs) {
        this.pairs = List.copyOf(pairs);
        for (Map.Entry<String, String> pair : this.pairs) {
            firstValues.putIfAbsent(pair.getKey(), pair.getValue());
        }
    }

    static QueryParameters parse(String rawQuery) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (rawQuery != null) {
            for (String piece : rawQuery.split("&")) {
                if (piece.isEmpty()) {
                    continue;
                }
                int equals = piece.indexOf('=');
                String name = equals < 0 ? piece : piece.substring(0, equals);
                String value = equals < 0 ? "" : piece.substring(equals + 1);
                pairs.add(Map.entry(UriEncoding.decode(name), UriEncoding.decode(value)));
            }
        }
        return new QueryParameters(pairs);
    }

    /** These parameters with {@code name} set to {@code value}: its first occurrence replaced, or added. */
    QueryParameters with(String name, String value) {
        List<Map.Entry<String, String>> changed = new ArrayList<>(pairs);
        int at = -1;
        for (int i = 0; i < changed.size() && at < 0; i++) {
            at = changed.get(i).getKey().equals(name) ? i : -1;
        }
        if (at < 0) {
            changed.add(Map.entry(name, value));
        } else {
            changed.set(at, Map.entry(name, value));
        }
        return new QueryParameters(changed);
    }

    List<Map.Entry<String, String>> pairs() {
        return pairs;
    }

    @Override
    public Optional<String> text(String name) {
        return Optional.ofNullable(firstValues.get(name)).filter(value -> !value.isEmpty());
    }

    @Override
    public Optional<Long> number(String name, long min, long max) {
        return text(name).map(value -> {
            long number;
            try {
                number = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw ApiError.invalidParameter(name + " must be a number");
            }
            if (number < min || number > max) {
                throw ApiError.invalidParameter(name + " must be between " + min + " and " + max);
            }
            return number;
        });
    }

    @Override
    public Optional<Boolean> flag(String name) {
        return text(name).map(value -> switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiError.invalidParameter(name + " must be true or false");
        });
    }
}
