package io.jenkins.plugins.hss.simulator;

import java.util.Optional;

/**
 * The four-level severity of the newer vulnerability APIs ({@code severity_level} of
 * ListGeneralImageVuls: Critical, High, Medium, Low). The older per-image call only has
 * {@link RepairNecessity}; a vulnerability whose scenario names no level gets the one its
 * urgency maps to (immediate: High, delay: Medium, not needed: Low, as hss-api-detail.md §4.2
 * reads Huawei's labels 高危/中危/低危). Critical is never derived: a scenario must say it.
 */
public enum SeverityLevel implements WireNamed {
    CRITICAL("Critical", 9.5),
    HIGH("High", 7.5),
    MEDIUM("Medium", 5.0),
    LOW("Low", 2.5);

    private final String wireName;
    private final double typicalCvss;

    SeverityLevel(String wireName, double typicalCvss) {
        this.wireName = wireName;
        this.typicalCvss = typicalCvss;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** The CVSS score given to a CVE whose scenario names none: inside the level's CVSS v3 band. */
    double typicalCvss() {
        return typicalCvss;
    }

    static SeverityLevel of(RepairNecessity necessity) {
        return switch (necessity) {
            case IMMEDIATE_REPAIR -> HIGH;
            case DELAY_REPAIR -> MEDIUM;
            case NOT_NEEDED_REPAIR -> LOW;
        };
    }

    public static Optional<SeverityLevel> fromWire(String value) {
        return WireNamed.fromWire(SeverityLevel.class, value);
    }
}
