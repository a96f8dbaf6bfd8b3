package io.jenkins.plugins.hss.core.model;

import io.jenkins.plugins.hss.core.EngineMessages;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one validation pass, each message taken from the engine's texts. */
public final class Problems {

    private final List<SettingsProblem> found = new ArrayList<>();

    /** Records a problem of {@code field} described by the text {@code key}; the field is argument 0. */
    public Problems add(String field, String key, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = field;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        found.add(new SettingsProblem(field, EngineMessages.format(key, all)));
        return this;
    }

    /** Records {@code problem} as it is. */
    public Problems add(SettingsProblem problem) {
        found.add(problem);
        return this;
    }

    public Problems addAll(List<SettingsProblem> problems) {
        found.addAll(problems);
        return this;
    }

    public List<SettingsProblem> list() {
        return List.copyOf(found);
    }
}
