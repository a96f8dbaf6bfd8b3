package io.jenkins.plugins.hss.core.budget;

import io.jenkins.plugins.hss.core.client.HssApiException;
import java.time.Duration;
import java.util.Optional;

/** Recognises a 429 that the client gave up on, and how long the service asked us to wait. */
final class ThrottleSignal {

    private ThrottleSignal() {
    }

    /** The pause a throttled call asks for ({@code fallback} without a Retry-After); empty for other errors. */
    static Optional<Duration> pauseFor(Throwable error, Duration fallback) {
        Throwable cause = error;
        while (cause != null && !(cause instanceof HssApiException)) {
            cause = cause.getCause();
        }
        if (cause instanceof HssApiException api && api.isThrottled()) {
            return Optional.of(api.retryAfter().filter(d -> !d.isNegative() && !d.isZero()).orElse(fallback));
        }
        return Optional.empty();
    }
}
