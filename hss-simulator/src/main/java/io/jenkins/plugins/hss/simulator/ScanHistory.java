package io.jenkins.plugins.hss.simulator;

import java.time.Instant;

/**
 * Everything one image has been through: the last settled result, the scan in flight (if any)
 * and how many scans the simulation has started. Immutable; a trigger makes a new history. Keeps
 * the two scan times an image can show as plain numbers, so that a list filtered on scan times
 * passes over the images it does not select without building their views.
 */
final class ScanHistory {

    /** {@link #scannedAtMillis} of an image never scanned. */
    static final long NEVER = Long.MIN_VALUE;

    private final ScanView settled;
    private final ScanRun inFlight;
    private final int runs;
    private final long settledMillis;
    private final long completesAtMillis;

    private ScanHistory(ScanView settled, ScanRun inFlight, int runs) {
        this.settled = settled;
        this.inFlight = inFlight;
        this.runs = runs;
        this.settledMillis = settled.scannedAt() == null ? NEVER : settled.scannedAt().toEpochMilli();
        this.completesAtMillis = inFlight == null ? Long.MAX_VALUE : inFlight.completedAt().toEpochMilli();
    }

    static ScanHistory startingFrom(ScanView settled) {
        return new ScanHistory(settled, null, 0);
    }

    /** The scan last triggered, pending, running or complete; null if none. */
    ScanRun inFlight() {
        return inFlight;
    }

    ScanView viewAt(Instant now) {
        return inFlight == null ? settled : inFlight.viewAt(now, settled);
    }

    /** The {@code latest_scan_time} the image shows at {@code nowMillis}; {@link #NEVER} if none. */
    long scannedAtMillis(long nowMillis) {
        return nowMillis >= completesAtMillis ? completesAtMillis : settledMillis;
    }

    /**
     * A scan requested at {@code now}. An image whose scan is still pending or running is left
     * alone, as a scan queue would: triggering it again neither restarts nor delays it.
     */
    ScanHistory triggeredAt(Instant now, ScanRunPlanner planner) {
        if (inFlight != null && !inFlight.isCompleteAt(now)) {
            return this;
        }
        ScanView before = viewAt(now);
        return new ScanHistory(before, planner.plan(runs, now), runs + 1);
    }

    /** How one scan of an image will unfold; the scenario's rules decide. */
    interface ScanRunPlanner {
        ScanRun plan(int run, Instant triggeredAt);
    }
}
