package io.jenkins.plugins.hss.simulator;

import java.util.List;

/** What a scan found in an image: its vulnerabilities, failed baseline checks and malicious files. */
public record Findings(List<Vulnerability> vulnerabilities, int unsafeSettings, int maliciousFiles) {

    public static final Findings NONE = new Findings(List.of(), 0, 0);

    public Findings {
        vulnerabilities = List.copyOf(vulnerabilities);
        if (unsafeSettings < 0 || maliciousFiles < 0) {
            throw new IllegalArgumentException("finding counts cannot be negative");
        }
    }
}
