package io.jenkins.plugins.hss.core.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The service's clock, as its responses tell it: a scan time is a time on that clock, and ours
 * may be minutes off. Each list response's {@code Date} was stamped before we received it, so
 * "our clock plus (that date less our clock at receipt)" never runs ahead of the service's; the
 * latest response sets the offset (a service clock stepped back is followed, not remembered).
 */
public final class ServiceClock {

    /** How far the service's clock may lag ours before the scan-time filter could hide a result. */
    public static final Duration CLOCK_SKEW_ALLOWANCE = Duration.ofMinutes(5);

    private final Clock ours;
    private volatile Duration offset;

    public ServiceClock(Clock ours) {
        this.ours = ours;
    }

    /** A response stamped {@code serverDate} arrived now. */
    public void observe(Instant serverDate) {
        if (serverDate != null) {
            offset = Duration.between(ours.instant(), serverDate);
        }
    }

    /** {@code ours}, an instant on our clock, on the service's as far as it is known (else as it is). */
    public Instant toService(Instant ours) {
        Duration known = offset;
        return known == null ? ours : ours.plus(known);
    }

    /** A time the service's clock has certainly reached, once a response told its offset. */
    public Optional<Instant> now() {
        Duration known = offset;
        return known == null ? Optional.empty() : Optional.of(ours.instant().plus(known));
    }
}
