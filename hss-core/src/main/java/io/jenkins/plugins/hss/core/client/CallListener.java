package io.jenkins.plugins.hss.core.client;

import java.time.Duration;

/**
 * Hears what the client does on the wire: for progress lines, and for the watcher's budget, which
 * must see every call spent and every throttling answer even when a retry hides it from the caller.
 * Methods run on the calling thread and must not throw.
 */
public interface CallListener {

    CallListener NONE = new CallListener() {
    };

    /**
     * A request is about to be sent.
     *
     * @param call    what is called, e.g. {@code GET swr-repository}
     * @param attempt 1 for the first try
     */
    default void requestSent(String call, int attempt) {
    }

    /** A response arrived with {@code status}, {@code elapsed} after the request was sent. */
    default void responseReceived(String call, int attempt, int status, Duration elapsed) {
    }

    /**
     * The call failed and will be tried again after {@code delay}.
     *
     * @param reason    why, e.g. {@code HTTP 503} or {@code SocketTimeoutException}
     * @param throttled whether HSS's rate limit refused the call (HTTP 429)
     */
    default void retryScheduled(String call, int attempt, Duration delay, String reason, boolean throttled) {
    }
}
