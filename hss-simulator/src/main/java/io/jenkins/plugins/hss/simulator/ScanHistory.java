package io.jenkins.plugins.hss.simulator;

import java.time.Instant;

/**
 * Everything one image has been through: the last settled result, the scan in flight (if any)
 * and how many scans the simulation has started. Immutable; a trigger makes a new history.
 */
record ScanHistory(ScanView settled, ScanRun inFlight, int runs) {

    static ScanHistory startingFrom(ScanView settled) {
        return new ScanHistory(settled, null, 0);
    }

    ScanView viewAt(Instant now) {
        return inFlight == null ? settled : inFlight.viewAt(now, settled);
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
