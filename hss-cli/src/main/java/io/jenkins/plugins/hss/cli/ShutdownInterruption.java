package io.jenkins.plugins.hss.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The process's interrupts: SIGINT (Ctrl-C) and SIGTERM (a CI's abort) start the JVM's shutdown,
 * which runs a shutdown hook. The hook cancels, holds the shutdown until the command has printed
 * why it stopped, then ends the process with {@link ExitCode#INTERRUPTED} whichever signal it was,
 * so that the documented code holds for an abort (SIGTERM would otherwise give 143).
 */
final class ShutdownInterruption implements Interruption {

    /**
     * How long an interrupted process waits for the command: issue 6 allows a second to stop, and
     * an interrupted run first waits up to {@link EngineRun#STOP_WAIT} for its scan task to be
     * stopped. A command that is done sooner ends the process sooner.
     */
    static final Duration GRACE = EngineRun.STOP_WAIT.plusSeconds(1);

    @Override
    public Watch watch(Runnable onInterrupt) {
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            onInterrupt.run();
            awaitCommand(done);
            Runtime.getRuntime().halt(ExitCode.INTERRUPTED);
        }, "hss-scan-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs already, and returns now that the command is done
            }
        };
    }

    private static void awaitCommand(CountDownLatch done) {
        try {
            done.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
