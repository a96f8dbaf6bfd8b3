package io.jenkins.plugins.hss.cli;

import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults from the (injected) environment for the options a CI job usually sets once:
 * {@code HSS_REGION} for {@code --region}, {@code HSS_PROJECT_ID} for {@code --project-id}.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {

    private static final Map<String, String> VARIABLES = Map.of(
            "--region", "HSS_REGION",
            "--project-id", "HSS_PROJECT_ID");

    private final Map<String, String> environment;

    EnvironmentDefaults(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (argument instanceof OptionSpec option && VARIABLES.containsKey(option.longestName())) {
            return environment.get(VARIABLES.get(option.longestName()));
        }
        return null;
    }
}
