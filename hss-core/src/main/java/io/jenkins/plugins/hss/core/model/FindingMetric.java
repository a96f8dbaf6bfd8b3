package io.jenkins.plugins.hss.core.model;

import java.util.Arrays;
import java.util.Optional;

/** What a threshold counts in a scanned image. */
public enum FindingMetric {
    /** All vulnerabilities ({@code vul_num}). */
    VULNERABILITIES("vulnerabilities", null),
    /** Vulnerabilities to fix now: HSS's high level. */
    IMMEDIATE_REPAIR_VULNERABILITIES("immediate_repair", RepairNecessity.IMMEDIATE_REPAIR),
    /** Vulnerabilities to fix later: HSS's medium level. */
    DELAY_REPAIR_VULNERABILITIES("delay_repair", RepairNecessity.DELAY_REPAIR),
    /** Vulnerabilities that need no fix now: HSS's low level. */
    NOT_NEEDED_REPAIR_VULNERABILITIES("not_needed_repair", RepairNecessity.NOT_NEEDED_REPAIR),
    /** Malicious files ({@code malicious_file_num}). */
    MALICIOUS_FILES("malicious_files", null),
    /** Failed baseline checks ({@code unsafe_setting_num}). */
    UNSAFE_SETTINGS("unsafe_settings", null),
    /**
     * The image's {@code severity_level}, as a rank ({@link Findings#severityRank()}): only the
     * newer image API lists it, and only per image. Its threshold names a level, e.g. {@code severity>medium}.
     */
    SEVERITY("severity", null),
    /**
     * The highest CVSS score of the CVEs behind the image's vulnerabilities (the unhandled ones,
     * unless the gate counts handled ones too), from ListGeneralImageVuls; its threshold's maximum
     * is in tenths of a point, written as a score, e.g. {@code cvss>8.9}.
     */
    CVSS("cvss", null),
    /** A CVE id the image must not have among its vulnerabilities' CVEs, e.g. {@code cve:CVE-2021-44228}. */
    DENIED_CVE("cve", null);

    private final String key;
    private final RepairNecessity necessity;

    FindingMetric(String key, RepairNecessity necessity) {
        this.key = key;
        this.necessity = necessity;
    }

    /** The name in the text form of a threshold, e.g. {@code immediate_repair}. */
    public String key() {
        return key;
    }

    /**
     * The urgency this metric counts; present only for the per-level metrics, which need the
     * vulnerability list of each image because no call returns counts by level.
     */
    public Optional<RepairNecessity> necessity() {
        return Optional.ofNullable(necessity);
    }

    /** Whether this metric counts vulnerabilities, in total or of one level. */
    public boolean countsVulnerabilities() {
        return this == VULNERABILITIES || necessity != null;
    }

    /** Whether this metric reads the CVEs of the image's vulnerabilities, which only ListGeneralImageVuls gives. */
    public boolean readsCves() {
        return this == CVSS || this == DENIED_CVE;
    }

    public static Optional<FindingMetric> fromKey(String text) {
        return Arrays.stream(values()).filter(m -> m.key.equalsIgnoreCase(text.strip())).findFirst();
    }
}
