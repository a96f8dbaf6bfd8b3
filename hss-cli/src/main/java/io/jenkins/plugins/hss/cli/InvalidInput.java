package io.jenkins.plugins.hss.cli;

/** Input the command cannot use, found before anything is sent to HSS: exits {@link ExitCode#USAGE}. */
final class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidInput(String message) {
        super(message);
    }
}
