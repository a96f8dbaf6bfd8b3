package io.jenkins.plugins.hss.core.watch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The calls one API may still make: a sliding window over the instants of the last calls, on the
 * injected clock, plus a pause after the service answered 429. A sliding window is stricter than
 * the service's per-minute counter, so staying within it never meets the limit.
 */
final class RateBudget {

    private final RateLimit limit;
    private final Clock clock;
    private final Deque<Instant> recent = new ArrayDeque<>();
    private Instant pausedUntil = Instant.EPOCH;

    RateBudget(RateLimit limit, Clock clock) {
        this.limit = Objects.requireNonNull(limit, "limit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The earliest instant the next call may start (now, when it may start at once). */
    synchronized Instant nextSlot() {
        Instant now = clock.instant();
        forgetBefore(now);
        Instant slot = recent.size() < limit.calls() ? now : recent.peekFirst().plus(limit.per()).plusMillis(1);
        slot = slot.isBefore(pausedUntil) ? pausedUntil : slot;
        return slot.isBefore(now) ? now : slot;
    }

    /** Records a call that starts now. */
    synchronized void spend() {
        recent.addLast(clock.instant());
    }

    /** Admits no call before {@code until} (after a 429). */
    synchronized void pauseUntil(Instant until) {
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    private void forgetBefore(Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(limit.per()).isAfter(now.minusMillis(1))) {
            recent.removeFirst();
        }
    }
}
