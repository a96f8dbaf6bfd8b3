package io.jenkins.plugins.hss.core.watch;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The calls one API may still make: a sliding window over the instants of the last calls, on the
 * injected clock, plus a pause after the service answered 429. A sliding window is stricter than
 * the service's per-minute counter, so staying within it never meets the limit. The record of the
 * calls is {@link CallRecords}' (this process's, or a ledger shared by processes); taking a slot
 * reads, decides and records in one step, so two holders of the same records never take the same
 * slot.
 */
final class RateBudget {

    private final Api api;
    private final RateLimit limit;
    private final Clock clock;
    private final CallRecords records;

    RateBudget(Api api, RateLimit limit, Clock clock, CallRecords records) {
        this.api = Objects.requireNonNull(api, "api");
        this.limit = Objects.requireNonNull(limit, "limit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.records = Objects.requireNonNull(records, "records");
    }

    RateLimit limit() {
        return limit;
    }

    /** The earliest instant the next call may start (now, when it may start at once). */
    Instant nextSlot() {
        Instant now = clock.instant();
        return records.update(api, record -> slot(record, now));
    }

    /** Records a call that starts now, if the window admits one now; whether it did. */
    boolean tryTake() {
        Instant now = clock.instant();
        return records.update(api, record -> {
            if (slot(record, now).isAfter(now)) {
                return false;
            }
            record.add(now);
            return true;
        });
    }

    /** Admits no call before {@code until} (after a 429). */
    void pauseUntil(Instant until) {
        records.update(api, record -> {
            record.pauseUntil(until);
            return null;
        });
    }

    /** Whether forgetting this budget now could let a call exceed the limit: no call in the window, no pause. */
    boolean isQuiet() {
        Instant now = clock.instant();
        return records.update(api, record -> {
            record.forget(now, limit.per());
            return record.isEmpty();
        });
    }

    private Instant slot(CallRecord record, Instant now) {
        record.forget(now, limit.per());
        var calls = record.calls();
        // The oldest of the last `calls` calls leaves the window first.
        Instant slot = calls.size() < limit.calls() ? now
                : calls.get(calls.size() - limit.calls()).plus(limit.per()).plusMillis(1);
        slot = slot.isBefore(record.pausedUntil()) ? record.pausedUntil() : slot;
        return slot.isBefore(now) ? now : slot;
    }
}
