package io.jenkins.plugins.hss;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.hss.core.gate.Findings;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.model.RepairNecessity;

/**
 * One image of the report as the detail page shows it: the engine's records, with JavaBean getters
 * for Jelly. Texts from the API pass through unchanged; the page escapes them.
 */
public final class ImageRow {

    private final ImageResult image;

    ImageRow(ImageResult image) {
        this.image = image;
    }

    public String getReference() {
        return image.reference();
    }

    public String getStatus() {
        return image.statusOrState();
    }

    public String getOutcome() {
        return image.outcome().name();
    }

    @CheckForNull
    public String getReason() {
        return image.reason();
    }

    @CheckForNull
    public String getFailureDescription() {
        return image.failureDescription();
    }

    /** {@code vul_num}; null when HSS did not report it (the gate never reads that as none). */
    @CheckForNull
    public Integer getVulnerabilities() {
        return findings().vulnerabilities();
    }

    /** {@code malicious_file_num}; null when HSS did not report it. */
    @CheckForNull
    public Integer getMaliciousFiles() {
        return findings().maliciousFiles();
    }

    /** {@code unsafe_setting_num}; null when HSS did not report it. */
    @CheckForNull
    public Integer getUnsafeSettings() {
        return findings().unsafeSettings();
    }

    /**
     * The vulnerabilities to repair at once, later and not at all, as {@code 2 / 4 / 6}; a dash when
     * HSS was not asked for the counts by repair necessity (no gate rule needed them). One column
     * instead of three keeps the table within a page's width.
     */
    public String getRepairCounts() {
        return findings().count(RepairNecessity.IMMEDIATE_REPAIR).isEmpty() ? "–"
                : count(RepairNecessity.IMMEDIATE_REPAIR) + " / " + count(RepairNecessity.DELAY_REPAIR)
                        + " / " + count(RepairNecessity.NOT_NEEDED_REPAIR);
    }

    /**
     * The worst CVSS score and the CVEs a gate rule matched, e.g. {@code CVSS 9.8: CVE-2021-44228 9.8}
     * ({@code CVSS ?} when unknown); a dash when no gate rule read the CVEs.
     */
    public String getCves() {
        return findings().cves() == null ? "–" : findings().cves().summary();
    }

    private int count(RepairNecessity necessity) {
        return findings().count(necessity).orElse(0);
    }

    private Findings findings() {
        return image.findings();
    }
}
