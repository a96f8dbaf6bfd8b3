package io.jenkins.plugins.hss.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The {@code scan_status} of an image in the SWR repository list. */
public enum ScanStatus implements WireValue {
    UNSCAN("unscan", false),
    WAITING_FOR_SCAN("waiting_for_scan", false),
    SCANNING("scanning", false),
    SUCCESS("success", true),
    FAILED("failed", true),
    DOWNLOAD_FAILED("download_failed", true),
    IMAGE_OVERSIZED("image_oversized", true);

    /**
     * Looked up for every listed image (the watcher asks whether each is finished, several times per
     * poll): a map of ready answers instead of a stream over {@link #values()} per call, which made
     * a third of the client's allocation at 100,000 images.
     */
    private static final Map<String, Optional<ScanStatus>> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ScanStatus::wireName, Optional::of));

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

    /**
     * Whether a listed {@code scan_status} says the image is still before or in a scan: the
     * three known values that are not terminal. Every other value, one this version does not know
     * or none at all, may be how a scan ended, which the scan time then tells.
     */
    public static boolean isPending(String value) {
        Optional<ScanStatus> known = fromWire(value);
        return known.isPresent() && !known.get().isTerminal();
    }

    /** {@code value} for a sentence or a progress line: the wire name, or {@code no_scan_status} when there is none. */
    public static String describe(String value) {
        return value == null ? "no_scan_status" : value;
    }

    public static Optional<ScanStatus> fromWire(String value) {
        return value == null ? Optional.empty() : BY_WIRE_NAME.getOrDefault(value, Optional.empty());
    }

    @Override
    public String toString() {
        return wireName;
    }
}
