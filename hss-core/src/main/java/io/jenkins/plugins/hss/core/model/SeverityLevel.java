package io.jenkins.plugins.hss.core.model;

import java.util.Set;

/**
 * A risk level of the newer image API, worst first. Two scales share these words: a
 * vulnerability's {@code severity_level} (ListGeneralImageVuls) is Critical, High, Medium or Low;
 * an image's (ListRegistryImages) and a baseline check's ({@code severity}, ListImageRiskConfigs)
 * are High, Medium, Low or Security (nothing found).
 */
public enum SeverityLevel implements WireValue {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    SECURITY;

    /** The levels of an image or a baseline check. */
    public static final Set<SeverityLevel> IMAGE_LEVELS = Set.of(HIGH, MEDIUM, LOW, SECURITY);
    /** The levels of a vulnerability. */
    public static final Set<SeverityLevel> VULNERABILITY_LEVELS = Set.of(CRITICAL, HIGH, MEDIUM, LOW);

    /** This level as a rank, worse higher: Security 0 up to Critical 4. */
    public int rank() {
        return SECURITY.ordinal() - ordinal();
    }

    /** The level of a {@link #rank()}. */
    public static SeverityLevel ofRank(int rank) {
        return values()[SECURITY.ordinal() - rank];
    }

    /** {@code Critical}, {@code High}, ... */
    @Override
    public String wireName() {
        return WireValue.camelCase(this, true);
    }
}
