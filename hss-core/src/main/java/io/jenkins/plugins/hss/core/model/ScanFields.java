package io.jenkins.plugins.hss.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scan's settings as text, each under the API's JSON name ({@code image_type},
 * {@code image_info_list}, {@code operate_all}) or the engine's name for what is not an API field
 * ({@code gate.thresholds}, {@code wait.timeout}): the one form that the CLI's options, the
 * Jenkins step's fields and the JSON report all map to. {@link ScanSettingsBuilder#fields} reads
 * it, {@link ScanSettings#fields()} writes it. Texts are as a user writes them: {@code true} or
 * {@code false} for a flag, a list one item a line. A name the engine does not know is kept here
 * and reported when the settings are read, with the names it knows. Blank text is no value: it is
 * left out. Never holds a secret: credentials are no field of a scan.
 */
public final class ScanFields {

    private static final ScanFields NONE = new ScanFields(Map.of());

    private final Map<String, String> texts;

    private ScanFields(Map<String, String> texts) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(texts.entrySet());
        // Known names in the form's order, then the unknown ones as they came: one text for one scan.
        entries.sort(Comparator.comparingInt(entry -> order(entry.getKey())));
        Map<String, String> ordered = new LinkedHashMap<>();
        entries.forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        this.texts = Collections.unmodifiableMap(ordered);
    }

    public static ScanFields none() {
        return NONE;
    }

    /** The non-blank texts of {@code texts}, by name. */
    public static ScanFields of(Map<String, String> texts) {
        Builder builder = builder();
        texts.forEach(builder::put);
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The names and texts, in the form's order; unmodifiable. */
    public Map<String, String> asMap() {
        return texts;
    }

    /** Every name the engine reads, in the form's order. */
    public static List<String> names() {
        return Arrays.stream(ScanField.values()).map(ScanField::fieldName).toList();
    }

    private static int order(String name) {
        ScanField field = ScanField.named(name);
        return field == null ? ScanField.values().length : field.ordinal();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScanFields fields && texts.equals(fields.texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    /** Collects texts; a later text of a name replaces the earlier one. */
    public static final class Builder {
        private final Map<String, String> texts = new LinkedHashMap<>();

        private Builder() {
        }

        /** {@code text} under {@code name}; null or blank text removes the name. */
        public Builder put(String name, String text) {
            Objects.requireNonNull(name, "name");
            if (text == null || text.isBlank()) {
                texts.remove(name);
            } else {
                texts.put(name, text);
            }
            return this;
        }

        /** A flag as {@code true} or {@code false}; null removes the name. */
        public Builder put(String name, Boolean value) {
            return put(name, value == null ? null : value.toString());
        }

        /** A list, one item a line; an empty list removes the name. */
        public Builder put(String name, List<String> items) {
            return put(name, String.join("\n", items));
        }

        public ScanFields build() {
            return new ScanFields(texts);
        }
    }
}
