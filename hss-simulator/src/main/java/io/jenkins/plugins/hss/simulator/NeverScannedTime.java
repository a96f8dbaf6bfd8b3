package io.jenkins.plugins.hss.simulator;

import java.time.Instant;

/**
 * What the image lists put in {@code latest_scan_time} for an image never scanned. Neither the
 * docs nor the SDK say (the SDK's {@code Long} allows both; its documented range starts at 0), so
 * both are offered: {@link #ZERO} (the default: a client that takes "non-null" for "scanned"
 * fails visibly) and {@link #ABSENT} (the field is left out).
 */
public enum NeverScannedTime {
    ZERO,
    ABSENT;

    Long of(Instant scannedAt) {
        if (scannedAt != null) {
            return scannedAt.toEpochMilli();
        }
        return this == ZERO ? 0L : null;
    }
}
