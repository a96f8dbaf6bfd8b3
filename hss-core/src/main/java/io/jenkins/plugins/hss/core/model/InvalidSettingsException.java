package io.jenkins.plugins.hss.core.model;

import io.jenkins.plugins.hss.core.EngineMessages;
import java.util.List;
import java.util.stream.Collectors;

/** The settings of a scan cannot make a request; {@link #problems()} lists every reason at once. */
public class InvalidSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<SettingsProblem> problems;

    public InvalidSettingsException(List<SettingsProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<SettingsProblem> problems() {
        return problems;
    }

    private static String describe(List<SettingsProblem> problems) {
        return EngineMessages.format("settings.invalid", problems.size())
                + problems.stream().map(p -> "\n - " + p.message()).collect(Collectors.joining());
    }
}
