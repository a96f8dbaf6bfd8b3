package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.model.SettingsProblem;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Which option sets which settings field, read from the options' {@link SettingsField}
 * annotations, so that the engine's problems, which name API fields, tell a shell user the option
 * to change.
 */
final class OptionNames {

    private final Map<String, String> optionByField = new HashMap<>();

    OptionNames(CommandSpec command) {
        for (OptionSpec option : command.options()) {
            if (option.userObject() instanceof Field field && field.isAnnotationPresent(SettingsField.class)) {
                for (String settingsField : field.getAnnotation(SettingsField.class).value()) {
                    optionByField.putIfAbsent(settingsField, option.longestName());
                }
            }
        }
    }

    /** One line per problem: the option, then the engine's message, which names the API field. */
    List<String> describe(List<SettingsProblem> problems) {
        return problems.stream().map(this::describe).toList();
    }

    private String describe(SettingsProblem problem) {
        String field = problem.field().replaceFirst("\\[\\d+]$", "");
        String option = optionByField.get(field);
        return option == null ? problem.message() : option + ": " + problem.message();
    }
}
