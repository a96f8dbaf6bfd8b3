package io.jenkins.plugins.hss.core.watch;

/** Receives a run's events, on the scheduler's thread; it must return quickly. */
@FunctionalInterface
public interface WatchListener {

    WatchListener NONE = event -> { };

    void onEvent(WatchEvent event);
}
