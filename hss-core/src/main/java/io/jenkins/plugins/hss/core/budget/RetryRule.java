package io.jenkins.plugins.hss.core.budget;

import io.jenkins.plugins.hss.core.client.HssApiException;
import io.jenkins.plugins.hss.core.client.HssConnectionException;
import io.jenkins.plugins.hss.core.client.MalformedResponseException;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Which failed calls the queue sends again, and after how long: the one retry mechanism of the
 * engine (the client makes one attempt per call). A throttled call was not executed, so it is
 * always sent again once the pause is over; a transient failure (500, 502, 503, 504, a connection
 * that failed or broke before the answer was complete, a body cut short) is sent again up to
 * {@link #MAX_ATTEMPTS} attempts in all, after exponential backoff with full jitter (a
 * {@code Retry-After} replaces it), and only for a call that may be repeated. Every attempt
 * spends the API's budget and the run's deadline bounds them all.
 */
public final class RetryRule {

    /** Attempts of a call that keeps failing transiently, the first included. */
    static final int MAX_ATTEMPTS = 4;
    /** The backoff cap before the first retry; it doubles before each further one. */
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    /** The largest backoff cap. */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    private final RandomGenerator random;

    public RetryRule(RandomGenerator random) {
        this.random = random;
    }

    /**
     * How long to wait before attempt {@code attempts + 1} of a call that failed with {@code error};
     * empty when it is not sent again.
     *
     * @param attempts how many attempts failed transiently so far
     */
    Optional<Duration> backoff(Throwable error, CallPolicy policy, int attempts) {
        if (attempts >= MAX_ATTEMPTS || !transientFailure(error, policy.repeatable())) {
            return Optional.empty();
        }
        if (error instanceof HssApiException api && api.retryAfter().isPresent()) {
            return api.retryAfter();
        }
        long cap = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(attempts - 1, 20));
        return Optional.of(Duration.ofMillis((long) (random.nextDouble() * cap)));
    }

    /**
     * A failure that says nothing about the call itself and may pass. For a call that is not
     * repeatable, only a connection that was never made: anything else may have executed it.
     */
    static boolean transientFailure(Throwable error, boolean repeatable) {
        if (error instanceof HssConnectionException connection) {
            return repeatable || !connection.mayHaveReachedService();
        }
        if (!repeatable) {
            return false;
        }
        if (error instanceof HssApiException api) {
            return api.status() == 500 || api.status() == 502 || api.status() == 503 || api.status() == 504;
        }
        return error instanceof MalformedResponseException malformed && malformed.isTruncated();
    }
}
