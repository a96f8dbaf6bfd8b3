package io.jenkins.plugins.hss.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The longest value each text field of one call may have, as Huawei's docs and the SDK 3.1.212
 * models state them ("字符长度0-64位"); a longer value is refused with HSS.0001, as the service's
 * own validation does. Empty values count as absent (see {@link RequestParameters#text}), so a
 * documented minimum of 1 needs no check of its own.
 */
final class FieldLimits {

    /** {@code enterprise_project_id}: 1-256 in every call that takes it. */
    static final FieldLimits ENTERPRISE_PROJECT = of("enterprise_project_id", 256);

    private final Map<String, Integer> maxLengths;

    private FieldLimits(Map<String, Integer> maxLengths) {
        this.maxLengths = Map.copyOf(maxLengths);
    }

    /** Pairs of a field name and its maximum length: {@code of("namespace", 64, "tag_name", 64)}. */
    static FieldLimits of(Object... namesAndLengths) {
        Map<String, Integer> limits = new LinkedHashMap<>();
        for (int i = 0; i < namesAndLengths.length; i += 2) {
            limits.put((String) namesAndLengths[i], (Integer) namesAndLengths[i + 1]);
        }
        return new FieldLimits(limits);
    }

    FieldLimits and(FieldLimits more) {
        Map<String, Integer> limits = new LinkedHashMap<>(maxLengths);
        limits.putAll(more.maxLengths);
        return new FieldLimits(limits);
    }

    /** A path parameter, e.g. {@code image_id}, that may have at most {@code max} characters. */
    static void checkPath(String name, String value, int max) {
        if (value != null && value.length() > max) {
            throw ApiError.invalidParameter(name + " must be at most " + max + " characters");
        }
    }

    /** Refuses the first field that is too long. */
    void check(RequestParameters parameters) {
        maxLengths.forEach((name, max) -> parameters.text(name).filter(value -> value.length() > max)
                .ifPresent(value -> {
                    throw ApiError.invalidParameter(name + " must be at most " + max + " characters");
                }));
    }
}
