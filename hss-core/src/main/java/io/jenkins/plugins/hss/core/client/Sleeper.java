package io.jenkins.plugins.hss.core.client;

import java.time.Duration;

/**
 * Waits between retries. Injected so that tests do not wait, and interruptible so that cancelling a
 * build ends a backoff at once.
 */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** Sleeps the calling thread; an interrupt ends the sleep with {@link InterruptedException}. */
    static Sleeper real() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
