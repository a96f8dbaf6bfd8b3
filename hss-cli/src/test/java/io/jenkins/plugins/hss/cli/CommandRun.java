package io.jenkins.plugins.hss.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * One in-process run of {@code hss-scan} with a given environment and working directory, capturing
 * stdout and stderr.
 */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(Map<String, String> environment, Path workingDirectory, String... args) {
        return of(new Shell(environment, workingDirectory, false), args);
    }

    static CommandRun of(Shell shell, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = HssScanCommand.commandLine(shell)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    /** Both streams, for messages that may go to either. */
    String output() {
        return out + err;
    }
}
