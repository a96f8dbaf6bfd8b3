package io.jenkins.plugins.hss.simulator;

import java.time.Instant;

/**
 * The scan state of an image as the list call shows it at one instant. {@code scannedAt} is the
 * completion time of the last finished scan (null if never scanned); while a new scan waits or
 * runs, the image still shows the previous scan's time and findings.
 */
record ScanView(ScanStatus status, String failureReason, Instant scannedAt, Findings findings) {

    static final ScanView NEVER_SCANNED = new ScanView(ScanStatus.UNSCAN, null, null, Findings.NONE);

    ScanView inPhase(ScanStatus phase) {
        return new ScanView(phase, null, scannedAt, findings);
    }
}
