package io.jenkins.plugins.hss.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the command takes from the process around it, injectable so that tests run it in-process
 * with a fake environment.
 *
 * @param environment      the environment variables, where credentials come from
 * @param workingDirectory what relative paths (images file, credentials file, reports) resolve against
 * @param terminal         whether stderr is a terminal, where progress is one live line
 * @param interruption     how Ctrl-C or an abort reaches the command
 * @param time             where a real scan's time comes from: the wall clock, or a test's simulated one
 */
record Shell(Map<String, String> environment, Path workingDirectory, boolean terminal, Interruption interruption,
             Supplier<Timeline> time) {

    Shell {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(interruption, "interruption");
        Objects.requireNonNull(time, "time");
    }

    /** A shell on the wall clock. */
    Shell(Map<String, String> environment, Path workingDirectory, boolean terminal, Interruption interruption) {
        this(environment, workingDirectory, terminal, interruption, RealTime::new);
    }

    /** A shell on the wall clock that nothing interrupts. */
    Shell(Map<String, String> environment, Path workingDirectory, boolean terminal) {
        this(environment, workingDirectory, terminal, Interruption.NONE);
    }

    /**
     * The real process: its environment, its current directory, a terminal when there is a console,
     * and its signals.
     */
    static Shell ofProcess() {
        return new Shell(System.getenv(), Path.of("").toAbsolutePath(), System.console() != null,
                new ShutdownInterruption());
    }

    Path resolve(String path) {
        return workingDirectory.resolve(path);
    }
}
