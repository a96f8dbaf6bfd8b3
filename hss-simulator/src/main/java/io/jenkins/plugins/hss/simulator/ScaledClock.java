package io.jenkins.plugins.hss.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Wall-clock time running {@code scale} times faster from the moment it is made, so that a
 * standalone demo sees a minute-long scan finish in seconds.
 */
final class ScaledClock extends Clock {

    private final Clock real;
    private final Instant origin;
    private final double scale;

    ScaledClock(Clock real, double scale) {
        if (scale <= 0) {
            throw new IllegalArgumentException("time scale must be positive");
        }
        this.real = real;
        this.origin = real.instant();
        this.scale = scale;
    }

    @Override
    public Instant instant() {
        long elapsed = Duration.between(origin, real.instant()).toNanos();
        return origin.plusNanos((long) (elapsed * scale));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
