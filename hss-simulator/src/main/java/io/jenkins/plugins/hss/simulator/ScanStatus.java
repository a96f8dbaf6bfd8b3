package io.jenkins.plugins.hss.simulator;

import java.util.Optional;

/** The {@code scan_status} values of an image, as the list call reports them. */
enum ScanStatus implements WireNamed {
    UNSCAN("unscan"),
    WAITING_FOR_SCAN("waiting_for_scan"),
    SCANNING("scanning"),
    SUCCESS("success"),
    FAILED("failed"),
    DOWNLOAD_FAILED("download_failed"),
    IMAGE_OVERSIZED("image_oversized");

    private final String wireName;

    ScanStatus(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    static Optional<ScanStatus> fromWire(String value) {
        return WireNamed.fromWire(ScanStatus.class, value);
    }
}
