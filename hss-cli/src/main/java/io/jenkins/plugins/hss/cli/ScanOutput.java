package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.report.VulnerabilityDetails;

/**
 * What one run hands to the report files: the report, and the vulnerability lists that were read
 * for the formats that name each vulnerability (none unless one of them was asked for).
 */
record ScanOutput(ScanReport report, VulnerabilityDetails vulnerabilities) {
}
