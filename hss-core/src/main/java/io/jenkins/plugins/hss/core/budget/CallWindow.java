package io.jenkins.plugins.hss.core.budget;

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
public final class CallWindow {

    private final ApiName api;
    private final RateLimit limit;
    private final Clock clock;
    private final CallRecords records;

    public CallWindow(ApiName api, RateLimit limit, Clock clock, CallRecords records) {
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
        return nextSlots(0).any();
    }

    /**
     * The earliest instants the next call may start: any call, and one that must leave
     * {@code reserve} calls of the window to others (at most all calls but one), read in one step.
     */
    Slots nextSlots(int reserve) {
        Instant now = clock.instant();
        return records.update(api, record -> new Slots(slot(record, now, 0), slot(record, now, reserve)));
    }

    /** Records a call that starts now, if the window admits one now; whether it did. */
    boolean tryTake() {
        return tryTake(0);
    }

    /**
     * Records a call that starts now, if the window admits one now and still leaves {@code reserve}
     * of its calls to others; whether it did.
     */
    boolean tryTake(int reserve) {
        Instant now = clock.instant();
        return records.update(api, record -> {
            if (slot(record, now, reserve).isAfter(now)) {
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

    /**
     * When the next call may start.
     *
     * @param any      any call
     * @param yielding a call that leaves the reserve of the window to others
     */
    record Slots(Instant any, Instant yielding) {

        Instant of(boolean yields) {
            return yields ? yielding : any;
        }
    }

    private Instant slot(CallRecord record, Instant now, int reserve) {
        record.forget(now, limit.per());
        var calls = record.calls();
        int admitted = Math.max(1, limit.calls() - reserve);
        // The oldest of the last `admitted` calls leaves the window first.
        Instant slot = calls.size() < admitted ? now
                : calls.get(calls.size() - admitted).plus(limit.per()).plusMillis(1);
        slot = slot.isBefore(record.pausedUntil()) ? record.pausedUntil() : slot;
        return slot.isBefore(now) ? now : slot;
    }
}
