package io.jenkins.plugins.hss.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The {@code scan_status} of an image in the SWR repository list. */
public enum ScanStatus {
    UNSCAN("unscan", false),
    WAITING_FOR_SCAN("waiting_for_scan", false),
    SCANNING("scanning", false),
    SUCCESS("success", true),
    FAILED("failed", true),
    DOWNLOAD_FAILED("download_failed", true),
    IMAGE_OVERSIZED("image_oversized", true);

    private final String wireName;
    private final boolean terminal;

    ScanStatus(String wireName, boolean terminal) {
        this.wireName = wireName;
        this.terminal = terminal;
    }

    /** The value on the wire, e.g. {@code download_failed}. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Whether a scan in this status has ended (successfully or not). */
    public boolean isTerminal() {
        return terminal;
    }

    public static Optional<ScanStatus> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(value)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
