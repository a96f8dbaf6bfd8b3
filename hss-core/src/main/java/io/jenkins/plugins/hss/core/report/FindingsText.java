package io.jenkins.plugins.hss.core.report;

import io.jenkins.plugins.hss.core.gate.CveExposure;
import io.jenkins.plugins.hss.core.gate.Findings;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.model.RepairNecessity;
import java.util.StringJoiner;

/** The human-readable phrases every text format shares, unescaped (each writer escapes). */
final class FindingsText {

    private FindingsText() {
    }

    /**
     * e.g. {@code 12 vulnerabilities (immediate_repair 2, delay_repair 4, not_needed_repair 6), 0 malicious files, 1 unsafe setting};
     * a count HSS did not report shows as {@code ?}.
     */
    static String describe(Findings findings) {
        StringBuilder text = new StringBuilder().append(count(findings.vulnerabilities())).append(" vulnerabilities");
        if (findings.hasNecessityCounts()) {
            StringJoiner levels = new StringJoiner(", ", " (", ")");
            for (RepairNecessity level : RepairNecessity.values()) {
                levels.add(level.wireName() + " " + findings.byNecessity().getOrDefault(level, 0));
            }
            findings.unknownNecessity().forEach((level, count) -> levels.add(level + " " + count));
            text.append(levels);
        }
        return text.append(", ").append(count(findings.maliciousFiles())).append(" malicious files, ")
                .append(count(findings.unsafeSettings())).append(" unsafe settings").toString();
    }

    /** What ListGeneralImageVuls told of the image's CVEs ({@link CveExposure#summary()}); null when no threshold read them. */
    static String cves(Findings findings) {
        CveExposure cves = findings.cves();
        return cves == null ? null : cves.summary();
    }

    /** A count, or {@code ?} for one HSS did not report. */
    static String count(Integer count) {
        return count == null ? "?" : count.toString();
    }

    /** The status column: the scan status, with the failure description when it adds something. */
    static String status(ImageResult image) {
        String status = image.state() == WaitEnd.FINISHED || image.status() == null
                ? image.statusOrState() : image.state().wireName() + " (last seen " + image.status() + ")";
        return image.failureDetail().map(detail -> status + ": " + detail).orElse(status);
    }

    /** The counts in short form, e.g. {@code 12/0/1}. */
    static String counts(Findings findings) {
        String cves = cves(findings);
        return count(findings.vulnerabilities()) + "/" + count(findings.maliciousFiles()) + "/" + count(findings.unsafeSettings())
                + (cves == null ? "" : ", " + cves);
    }
}
