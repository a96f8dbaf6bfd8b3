package io.jenkins.plugins.hss.cli;

/**
 * How an interrupt (Ctrl-C, a CI job's abort) reaches the command. Issue 6: a cancelled scan stops
 * within a second and sends nothing more, so the command must hear of it instead of just dying.
 */
interface Interruption {

    /** For commands that nothing interrupts except the end of the process. */
    Interruption NONE = onInterrupt -> () -> { };

    /**
     * Until the returned watch is closed, an interrupt runs {@code onInterrupt}; the interrupted
     * process then lives on until the watch closes (at most {@link ShutdownInterruption#GRACE}), so
     * that the command can say what happened.
     */
    Watch watch(Runnable onInterrupt);

    /** Listening for one interrupt; closing it means the command is done. */
    interface Watch extends AutoCloseable {
        @Override
        void close();
    }
}
