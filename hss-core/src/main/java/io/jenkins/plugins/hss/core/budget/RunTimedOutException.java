package io.jenkins.plugins.hss.core.budget;

import java.util.concurrent.TimeoutException;

/**
 * A run's deadline passed before it could trigger its scans (or find out whether its trigger
 * reached HSS): there are no scans to judge, so there is no report. The wait's deadline bounds
 * everything a run does, the listing before the trigger included; faces report this as a
 * timeout (the CLI's exit code 5).
 */
public final class RunTimedOutException extends TimeoutException {

    private static final long serialVersionUID = 1L;

    public RunTimedOutException(String message) {
        super(message);
    }
}
