package io.jenkins.plugins.hss.core.client;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long to retry a failed call: 429 (unless turned off), 502, 503, 504 and connection
 * failures on every call, 500 on reads and, unless turned off, on the batch-scan trigger (see docs/client.md);
 * exponential backoff with full jitter, a {@code Retry-After} header overriding it, bounded by
 * attempts and by total time.
 *
 * @param maxAttempts           tries in all, including the first
 * @param initialDelay          the backoff cap of the first retry; it doubles for each further retry
 * @param maxDelay              the largest backoff cap
 * @param maxElapsed            no retry is scheduled that would end later than this after the first try
 * @param throttledDelay        the least wait after a 429 without {@code Retry-After}: HSS allows 5
 *                              calls per minute per user and API, so sooner is likely refused again
 * @param retryInternalErrorOnTrigger whether a 500 on the batch-scan POST is retried
 * @param retryThrottled        whether a 429 is retried here; off for a client whose calls go through a
 *                              {@code SharedPoller}, whose queue pauses without holding a thread
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, Duration maxElapsed,
                          Duration throttledDelay, boolean retryInternalErrorOnTrigger, boolean retryThrottled) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxElapsed, "maxElapsed");
        Objects.requireNonNull(throttledDelay, "throttledDelay");
    }

    /** 4 attempts, backoff caps 2 s, 4 s, 8 s (at most 60 s), 12 s after a 429, all within 3 minutes. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofMinutes(3),
                Duration.ofSeconds(12), true, true);
    }

    /** One attempt, no retry. */
    public static RetryPolicy none() {
        return defaults().withMaxAttempts(1);
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialDelay, maxDelay, maxElapsed, throttledDelay, retryInternalErrorOnTrigger,
                retryThrottled);
    }

    public RetryPolicy withMaxElapsed(Duration elapsed) {
        return new RetryPolicy(maxAttempts, initialDelay, maxDelay, elapsed, throttledDelay, retryInternalErrorOnTrigger,
                retryThrottled);
    }

    public RetryPolicy withRetryInternalErrorOnTrigger(boolean retry) {
        return new RetryPolicy(maxAttempts, initialDelay, maxDelay, maxElapsed, throttledDelay, retry, retryThrottled);
    }

    /**
     * Whether a 429 is retried by the client. A client that serves a {@code SharedPoller} turns it
     * off: the poller's queue then pauses for the {@code Retry-After} without a sleeping thread
     * (on a Jenkins controller, a Timer thread that every plugin shares).
     */
    public RetryPolicy withRetryThrottled(boolean retry) {
        return new RetryPolicy(maxAttempts, initialDelay, maxDelay, maxElapsed, throttledDelay, retryInternalErrorOnTrigger,
                retry);
    }

    /** The backoff cap before retry number {@code retry} (1 for the first retry). */
    Duration backoffCap(int retry) {
        Duration cap = initialDelay.multipliedBy(1L << Math.min(retry - 1, 20));
        return cap.compareTo(maxDelay) > 0 ? maxDelay : cap;
    }

    /** Whether an answer with {@code status} to a call with {@code method} is worth another try. */
    boolean retries(int status, String method) {
        return switch (status) {
            case 429 -> retryThrottled;
            case 502, 503, 504 -> true;
            case 500 -> !"POST".equals(method) || retryInternalErrorOnTrigger;
            default -> false;
        };
    }
}
