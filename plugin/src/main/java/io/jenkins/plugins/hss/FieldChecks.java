package io.jenkins.plugins.hss;

import hudson.util.FormValidation;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.model.ScanSettingsBuilder;
import io.jenkins.plugins.hss.core.model.SettingsProblem;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Form checks that ask the engine: the value goes into a {@link ScanSettingsBuilder} (or another of
 * the engine's settings types) and the problems the engine reports for that field become the
 * message under the field. The forms and the build therefore reject exactly the same values, with
 * the same words.
 */
final class FieldChecks {

    private FieldChecks() {}

    /**
     * @param field the engine's name of the field ({@code image_size}, {@code gate.thresholds}…);
     *              problems of its elements ({@code image_info_list[2]}) count too
     */
    static FormValidation of(String field, UnaryOperator<ScanSettingsBuilder> value) {
        return of(field, value.apply(ScanSettings.builder()).build().problems());
    }

    /** The message under {@code field} for the engine's problems, e.g. those of an {@code EndpointSettings}. */
    static FormValidation of(String field, List<SettingsProblem> problems) {
        List<String> messages = problems.stream()
                .filter(p -> p.field().equals(field) || p.field().startsWith(field + "["))
                .map(SettingsProblem::message)
                .toList();
        return messages.isEmpty() ? FormValidation.ok() : FormValidation.error(String.join(" ", messages));
    }
}
