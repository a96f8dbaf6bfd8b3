package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.model.SettingsProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults from the (injected) environment for the options a CI job usually sets once:
 * {@code HSS_REGION} for {@code --region}; {@code HSS_PROJECT_ID}, or the official SDK's
 * {@code HUAWEICLOUD_SDK_PROJECT_ID}, for {@code --project-id}; {@code HSS_CALL_LEDGER} for
 * {@code --call-ledger}. Picocli asks only for options not
 * given, so an option always wins. Two variables with different values give no default and a
 * {@linkplain #problems() problem} instead: which one was meant is not ours to guess.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {

    private static final Map<String, Default> DEFAULTS = Map.of(
            "--region", new Default("region", List.of("HSS_REGION")),
            "--project-id", new Default("project_id", List.of("HSS_PROJECT_ID", "HUAWEICLOUD_SDK_PROJECT_ID")),
            "--call-ledger", new Default("call_ledger", List.of("HSS_CALL_LEDGER")));

    private final Map<String, String> environment;
    /** Per option: picocli may ask for a default more than once. */
    private final Map<String, SettingsProblem> problems = new LinkedHashMap<>();

    EnvironmentDefaults(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (argument instanceof OptionSpec option && DEFAULTS.containsKey(option.longestName())) {
            return valueOf(option.longestName(), DEFAULTS.get(option.longestName()));
        }
        return null;
    }

    /** The variables that disagreed about an option's default, under the settings field the option sets. */
    synchronized List<SettingsProblem> problems() {
        return List.copyOf(problems.values());
    }

    private synchronized String valueOf(String option, Default variables) {
        List<String> set = variables.names().stream().filter(name -> hasText(environment.get(name))).toList();
        List<String> values = set.stream().map(name -> environment.get(name).strip()).distinct().toList();
        if (values.size() > 1) {
            problems.put(option, new SettingsProblem(variables.field(), String.join(" and ", set)
                    + " are both set, to different values: give " + option + ", or unset one of them"));
            return null;
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** Where an option's default comes from, in order, and the settings field it sets. */
    private record Default(String field, List<String> names) {
    }
}
