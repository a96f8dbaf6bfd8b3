package io.jenkins.plugins.hss;

import io.jenkins.plugins.hss.core.gate.Findings;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.gate.UnlistedImages;
import io.jenkins.plugins.hss.core.model.RepairNecessity;
import io.jenkins.plugins.hss.core.report.ScanReport;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the job page's trend draws of one scan: its findings by repair necessity and its images by
 * the gate's outcome. Kept in {@code build.xml} with the scan's summary, so that a chart of fifty
 * builds reads no report file. A {@link TreeMap}, as the action's other maps, for XStream.
 */
final class TrendFigures {

    /** The total vulnerabilities, whatever their necessity (known when the counts per level are not). */
    static final String VULNERABILITIES = "vulnerabilities";

    private TrendFigures() {}

    /**
     * Vulnerabilities per repair necessity (the levels the report counted: those a gate rule
     * needed) and in all, summed over the images.
     */
    static TreeMap<String, Integer> findings(ScanReport report) {
        TreeMap<String, Integer> figures = new TreeMap<>();
        for (ImageResult image : report.images()) {
            Findings findings = image.findings();
            figures.merge(VULNERABILITIES, Objects.requireNonNullElse(findings.vulnerabilities(), 0), Integer::sum);
            for (RepairNecessity necessity : RepairNecessity.values()) {
                findings.count(necessity).ifPresent(count -> figures.merge(necessity.wireName(), count, Integer::sum));
            }
        }
        return figures;
    }

    /** Images per outcome of the gate ({@code SUCCESS}, {@code UNSTABLE}, {@code FAILURE}), the counted unlisted ones included. */
    static TreeMap<String, Integer> outcomes(ScanReport report) {
        TreeMap<String, Integer> figures = new TreeMap<>();
        for (Outcome outcome : Outcome.values()) {
            figures.put(outcome.name(), 0);
        }
        report.images().forEach(image -> figures.merge(image.outcome().name(), 1, Integer::sum));
        UnlistedImages unlisted = report.verdict().unlisted();
        if (unlisted.any()) {
            figures.merge(unlisted.outcome().name(), unlisted.count(), Integer::sum);
        }
        return figures;
    }
}
