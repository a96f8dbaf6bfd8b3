package io.jenkins.plugins.hss.core.client;

import java.time.Duration;

/**
 * Hears what the client does on the wire, e.g. for progress lines or a test's count of requests.
 * The client makes one attempt per call, so every attempt the watcher's queue makes shows here.
 * Methods run on the calling thread and must not throw.
 */
public interface CallListener {

    CallListener NONE = new CallListener() {
    };

    /**
     * A request is about to be sent.
     *
     * @param call what is called, e.g. {@code GET swr-repository}
     */
    default void requestSent(String call) {
    }

    /** A response arrived with {@code status}, {@code elapsed} after the request was sent. */
    default void responseReceived(String call, int status, Duration elapsed) {
    }
}
