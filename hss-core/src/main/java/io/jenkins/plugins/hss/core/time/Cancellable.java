package io.jenkins.plugins.hss.core.time;

/** A scheduled task that may still be called off; cancelling a task that already ran does nothing. */
@FunctionalInterface
public interface Cancellable {

    void cancel();
}
