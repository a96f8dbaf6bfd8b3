package io.jenkins.plugins.hss.simulator;

import java.util.Objects;

/**
 * A CVE behind a vulnerability, with its CVSS score (0-10), as {@code cve_list} items of
 * ListGeneralImageVuls carry them (SDK 3.1.212 {@code GeneralImageVulsResponseInfoCveList}).
 */
public record Cve(String cveId, double cvss) {

    public Cve {
        Objects.requireNonNull(cveId, "cveId");
        if (cvss < 0 || cvss > 10) {
            throw new IllegalArgumentException(cveId + ": a CVSS score is between 0 and 10");
        }
    }
}
