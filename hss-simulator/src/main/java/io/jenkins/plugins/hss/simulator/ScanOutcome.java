package io.jenkins.plugins.hss.simulator;

import java.util.Optional;

/** How a scan of an image ends, as a scenario prescribes it. */
public enum ScanOutcome implements WireNamed {
    SUCCESS(ScanStatus.SUCCESS, null),
    FAILED(ScanStatus.FAILED, "failed_to_scan_vulnerability"),
    DOWNLOAD_FAILED(ScanStatus.DOWNLOAD_FAILED, "download_failed"),
    IMAGE_OVERSIZED(ScanStatus.IMAGE_OVERSIZED, "image_oversized");

    private final ScanStatus status;
    private final String defaultFailureReason;

    ScanOutcome(ScanStatus status, String defaultFailureReason) {
        this.status = status;
        this.defaultFailureReason = defaultFailureReason;
    }

    ScanStatus status() {
        return status;
    }

    /** The {@code scan_failed_desc} shown when the scenario names none; null for success. */
    String defaultFailureReason() {
        return defaultFailureReason;
    }

    @Override
    public String wireName() {
        return status.wireName();
    }

    public static Optional<ScanOutcome> fromWire(String value) {
        return WireNamed.fromWire(ScanOutcome.class, value);
    }
}
