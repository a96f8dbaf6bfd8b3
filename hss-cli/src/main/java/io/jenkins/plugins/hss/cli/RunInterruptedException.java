package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.watch.WatchEvent;

/** An interrupt ended the run; it carries what stopping the run's scan task did, for the command's last line. */
final class RunInterruptedException extends InterruptedException {

    private static final long serialVersionUID = 1L;

    /** Not serialized: the command reads it in the process that caught it. */
    private final transient WatchEvent stop;

    /** @param stop the stop's event; null when no stop was asked for or it did not end within {@link EngineRun#STOP_WAIT} */
    RunInterruptedException(WatchEvent stop) {
        super("the scan run was cancelled");
        this.stop = stop;
    }

    /**
     * The command's last words after {@code interrupt}: whether the scans go on in HSS.
     *
     * @param asked whether the interrupt asked the engine to stop a scan task (it reached a run)
     */
    static String outcome(InterruptedException interrupt, boolean asked) {
        WatchEvent stop = interrupt instanceof RunInterruptedException run ? run.stop : null;
        if (stop instanceof WatchEvent.ScanTaskStopped stopped) {
            return "interrupted: the run was cancelled and its scan task " + stopped.taskId()
                    + " was stopped; nothing more is sent";
        }
        if (asked && stop == null) {
            return "interrupted: the run was cancelled; stopping its scan task did not end within "
                    + EngineRun.STOP_WAIT.toSeconds() + " s, so the scans already triggered may go on in HSS";
        }
        return "interrupted: the run was cancelled and nothing more was sent; the scans already triggered go on in HSS";
    }
}
