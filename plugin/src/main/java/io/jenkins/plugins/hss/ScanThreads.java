package io.jenkins.plugins.hss;

import hudson.util.ClassLoaderSanityThreadFactory;
import hudson.util.DaemonThreadFactory;
import hudson.util.NamingThreadFactory;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The threads the engine's polls, triggers and retries run on: a small fixed pool of its own. The
 * engine's calls block on HTTP (up to the read timeout) and its retries sleep between attempts, so
 * they must never run on {@code jenkins.util.Timer}, which every plugin shares ({@code sleep},
 * {@code timeout}, ...): an HSS outage would stall other builds. Two threads: the calls of one
 * credential are made one at a time anyway, and HSS allows a handful a minute.
 */
final class ScanThreads extends ScheduledThreadPoolExecutor {

    static final String NAME = "HSS image scan";
    private static final int SIZE = 2;
    private static final Logger LOGGER = Logger.getLogger(ScanThreads.class.getName());

    ScanThreads() {
        super(SIZE, new NamingThreadFactory(new ClassLoaderSanityThreadFactory(new DaemonThreadFactory()), NAME));
        // An aborted build cancels its half-hour deadline: do not keep it queued until then.
        setRemoveOnCancelPolicy(true);
    }

    /** A task's exception would otherwise vanish in its future. */
    @Override
    protected void afterExecute(Runnable task, Throwable thrown) {
        super.afterExecute(task, thrown);
        Throwable error = thrown;
        if (error == null && task instanceof Future<?> future && future.isDone()) {
            try {
                future.get();
            } catch (CancellationException e) {
                return;
            } catch (ExecutionException e) {
                error = e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (error != null) {
            LOGGER.log(Level.WARNING, "An HSS image scan task failed", error);
        }
    }
}
