package io.jenkins.plugins.hss.simulator;

import java.time.Instant;

/**
 * One triggered scan, fixed at trigger time: the instants at which its phases begin and the
 * result it will show. Nothing runs in the background; the phase at any instant is read off the
 * boundaries, which is what lets a test jump the clock.
 */
record ScanRun(Instant waitingFrom, Instant scanningFrom, Instant completedAt, ScanView result) {

    boolean isCompleteAt(Instant now) {
        return !now.isBefore(completedAt);
    }

    /** What the image shows at {@code now}, given what it showed before this scan. */
    ScanView viewAt(Instant now, ScanView before) {
        if (isCompleteAt(now)) {
            return result;
        }
        if (!now.isBefore(scanningFrom)) {
            return before.inPhase(ScanStatus.SCANNING);
        }
        if (!now.isBefore(waitingFrom)) {
            return before.inPhase(ScanStatus.WAITING_FOR_SCAN);
        }
        return before;
    }
}
