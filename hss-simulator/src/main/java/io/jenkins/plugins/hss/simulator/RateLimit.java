package io.jenkins.plugins.hss.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How many calls of one API a user, and separately a source IP, may make per window of simulated
 * time. HSS allows 5 per minute for each (hss-api.md).
 */
public record RateLimit(int calls, Duration window) {

    public static final RateLimit HSS = perMinute(5);

    public RateLimit {
        Objects.requireNonNull(window, "window");
        if (calls < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit needs at least one call per positive window");
        }
    }

    public static RateLimit perMinute(int calls) {
        return new RateLimit(calls, Duration.ofMinutes(1));
    }

    /** The window as the gateway's message writes it, e.g. {@code 1 minute}. */
    String windowText() {
        long seconds = window.toSeconds();
        if (seconds % 60 == 0) {
            long minutes = seconds / 60;
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return seconds + (seconds == 1 ? " second" : " seconds");
    }
}
