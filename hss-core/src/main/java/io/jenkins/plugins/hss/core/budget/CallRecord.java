package io.jenkins.plugins.hss.core.budget;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What one API's budget remembers: the instants of its recent calls, oldest first, and until when
 * a 429 forbids calls. Mutable, and only ever touched inside {@link CallRecords#update}.
 */
final class CallRecord {

    private final List<Instant> calls = new ArrayList<>();
    private Instant pausedUntil = Instant.EPOCH;

    /** The recent calls, oldest first. */
    List<Instant> calls() {
        return calls;
    }

    Instant pausedUntil() {
        return pausedUntil;
    }

    void add(Instant call) {
        int at = calls.size();
        while (at > 0 && calls.get(at - 1).isAfter(call)) {
            at--;
        }
        calls.add(at, call);
    }

    void pauseUntil(Instant until) {
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    /** Drops the calls that left the window ending {@code now}, and a pause that is over. */
    void forget(Instant now, Duration window) {
        calls.removeIf(call -> !call.plus(window).isAfter(now.minusMillis(1)));
        if (!pausedUntil.isAfter(now)) {
            pausedUntil = Instant.EPOCH;
        }
    }

    /** Nothing to remember: no call in the window, no pause. */
    boolean isEmpty() {
        return calls.isEmpty() && pausedUntil.equals(Instant.EPOCH);
    }
}
