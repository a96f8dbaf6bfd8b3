package io.jenkins.plugins.hss.core.model;

import java.util.List;

/** The fields a validation names, for tests of what a request or query refuses. */
public final class ProblemFields {

    private ProblemFields() {
    }

    /** The field of each problem {@code build} throws, in order; fails when it throws none. */
    public static List<String> of(Runnable build) {
        try {
            build.run();
        } catch (InvalidSettingsException e) {
            return e.problems().stream().map(SettingsProblem::field).toList();
        }
        throw new AssertionError("no problem found");
    }
}
