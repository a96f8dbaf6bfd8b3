package io.jenkins.plugins.hss.core.model;

import java.util.Objects;

/**
 * One thing wrong with the settings of a scan.
 *
 * @param field   the stable key of the field: the API's JSON name ({@code image_type},
 *                {@code image_info_list[2]}, {@code project_id}) or, for settings that are not
 *                API fields, a dotted key ({@code gate.thresholds}, {@code wait.timeout},
 *                {@code endpoint}); faces map it to their own option or field names
 * @param message what is wrong and how to fix it, naming the field
 */
public record SettingsProblem(String field, String message) {

    public SettingsProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message;
    }
}
