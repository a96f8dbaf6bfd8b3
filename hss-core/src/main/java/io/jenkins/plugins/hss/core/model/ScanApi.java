package io.jenkins.plugins.hss.core.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which HSS image API a run triggers and follows its scans through (setting {@code api}). Both
 * reach the same scans and the same image records; the gate, the completion rule and the report
 * are the same on both (see {@code docs/watching.md}, "Which API").
 */
public enum ScanApi {
    /** {@code POST /image/batch-scan} and {@code GET /image/swr-repository}: deprecated by Huawei in 2026, still served. */
    BATCH_SCAN("batch-scan"),
    /** CreateManualImageScanTask ({@code POST /image/image-scan/tasks}) and ListRegistryImages: their replacement. */
    IMAGE_SCAN_TASKS("image-scan-tasks"),
    /** The newer API where the service offers it (one ListRegistry call per user tells), batch-scan where not. */
    AUTO("auto");

    /** The values as the faces list them. */
    public static final String WIRE_NAMES = "batch-scan, image-scan-tasks, auto";
    /**
     * batch-scan: the API every HSS region serves and this product has proven against the service
     * (and the official SDK of Maven Central speaks), while the newer API's answers are known from
     * Huawei's docs and the SDK's source only. A face or a job that wants the newer one says so.
     */
    public static final ScanApi DEFAULT = BATCH_SCAN;

    private final String wireName;

    ScanApi(String wireName) {
        this.wireName = wireName;
    }

    /** The value as the faces and the report write it, e.g. {@code image-scan-tasks}. */
    public String wireName() {
        return wireName;
    }

    /** Whether this names one API, not a choice the engine still makes. */
    public boolean isDecided() {
        return this != AUTO;
    }

    /** The value of {@code text} (any case, surrounding blanks ignored); empty when it names none. */
    public static Optional<ScanApi> fromWire(String text) {
        String value = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(api -> api.wireName.equalsIgnoreCase(value)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
