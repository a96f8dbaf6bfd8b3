package io.jenkins.plugins.hss.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --unstable-exit-code}: only a code that cannot be taken for another outcome. A
 * process exit status is one byte, so 256 would exit 0 and -1 exit 255; 2, 4, 5 and 130 already
 * mean usage, an HSS error, a timeout and an interruption; 126 to 255 are the shell's own
 * (a command not executable, not found, or ended by a signal). What is left: 0 (an unstable
 * verdict passes), 1 (it fails like a failure), 3 (the default) and 6 to 125.
 */
final class UnstableExitCode implements ITypeConverter<Integer> {

    static final int HIGHEST = 125;

    @Override
    public Integer convert(String text) {
        int code;
        try {
            code = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw refused(text);
        }
        boolean taken = code == ExitCode.USAGE || code == ExitCode.API_ERROR || code == ExitCode.TIMEOUT;
        if (code < 0 || code > HIGHEST || taken) {
            throw refused(text);
        }
        return code;
    }

    private static TypeConversionException refused(String text) {
        return new TypeConversionException("'" + text + "' cannot be told apart from another outcome: use 0 (unstable "
                + "passes), 1 (unstable fails), 3 (the default) or 6 to " + HIGHEST + "; 2, 4, 5 and 130 are other exit "
                + "codes, 126 to 255 the shell's, and a code outside 0 to 255 wraps around");
    }
}
