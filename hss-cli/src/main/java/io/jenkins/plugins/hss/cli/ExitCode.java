package io.jenkins.plugins.hss.cli;

/**
 * The exit codes of {@code hss-scan}, documented in {@code docs/cli.md}. When several apply, the
 * first in this order wins: {@link #INTERRUPTED}, {@link #USAGE}, {@link #API_ERROR}, {@link #TIMEOUT}, {@link #GATE_FAILED},
 * {@link #UNSTABLE}, {@link #PASS}.
 */
public final class ExitCode {

    /** The gate passed. */
    public static final int PASS = 0;
    /** The gate failed the scan. */
    public static final int GATE_FAILED = 1;
    /** Bad options, settings or credentials: nothing was sent to HSS. */
    public static final int USAGE = 2;
    /** The gate found the scan unstable; {@code --unstable-exit-code} changes it. */
    public static final int UNSTABLE = 3;
    /**
     * HSS or IAM refused a call or could not be reached, answered something malformed or
     * contradictory (that decided the verdict, or came before the trigger), or something
     * unexpected failed.
     */
    public static final int API_ERROR = 4;
    /** The run's deadline came before the scans ended (and that decided the verdict), or before the trigger. */
    public static final int TIMEOUT = 5;
    /**
     * Ctrl-C or an abort cancelled the run: nothing more was sent. 128 + SIGINT, what shells report
     * for a command that Ctrl-C ended, so scripts need not tell the two apart.
     */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
