package io.jenkins.plugins.hss;

import hudson.Util;
import hudson.util.FormValidation;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.model.ScanSettingsBuilder;
import io.jenkins.plugins.hss.core.model.SettingsProblem;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Form checks that ask the engine: the value goes into a {@link ScanSettingsBuilder} (or another of
 * the engine's settings types) and the problems the engine reports for that field become the
 * messages under the field, one a line. The forms and the build therefore reject exactly the same
 * values, with the same words. A value with an expression ({@code ${TAG}}) is left to the build,
 * which expands it (freestyle) before the engine checks it.
 */
final class FieldChecks {

    private FieldChecks() {}

    /**
     * @param field the engine's name of the field ({@code image_size}, {@code gate.thresholds}…);
     *              problems of its elements ({@code image_info_list[2]}) count too
     * @param set   puts the value into a builder
     */
    static FormValidation of(String field, String value, BiFunction<ScanSettingsBuilder, String, ScanSettingsBuilder> set) {
        if (isExpression(value)) {
            return expression();
        }
        return of(field, set.apply(ScanSettings.builder(), value).build().problems());
    }

    /** The messages under {@code field} for the engine's problems, e.g. those of an {@code EndpointSettings}. */
    static FormValidation of(String field, List<SettingsProblem> problems) {
        return FormValidation.aggregate(problems.stream()
                .filter(p -> p.field().equals(field) || p.field().startsWith(field + "["))
                .map(p -> FormValidation.error(p.message()))
                .toList());
    }

    /** Whether {@code value} holds a build parameter or environment variable, expanded only when the build runs. */
    static boolean isExpression(String value) {
        return Util.fixNull(value).contains("${");
    }

    /** What a field says about a value the engine cannot judge before the build expands it. */
    static FormValidation expression() {
        return FormValidation.ok(Messages.FieldChecks_expression());
    }
}
