package io.jenkins.plugins.hss.core.report;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.model.FindingMetric;
import io.jenkins.plugins.hss.core.gate.Findings;
import io.jenkins.plugins.hss.core.model.GatePolicy;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.gate.UnlistedImages;
import io.jenkins.plugins.hss.core.model.ScanStatus;
import io.jenkins.plugins.hss.core.model.Vulnerability;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the SARIF report says about each image: one result per finding, and one for a scan that
 * ended without findings that count, each ranked by the gate's outcome for it. Never fewer
 * findings than HSS counted: vulnerabilities that are counted but not listed get a result of
 * their own. So the worst level in the report is always the verdict.
 */
final class SarifFindings {

    /** The metrics that count vulnerabilities by repair necessity. */
    private static final Set<FindingMetric> NECESSITY_METRICS = Arrays.stream(FindingMetric.values())
            .filter(metric -> metric.necessity().isPresent()).collect(Collectors.toUnmodifiableSet());
    /** The metrics that count vulnerabilities, in total or by repair necessity. */
    private static final Set<FindingMetric> VULNERABILITY_METRICS = Stream.concat(NECESSITY_METRICS.stream(),
            Stream.of(FindingMetric.VULNERABILITIES)).collect(Collectors.toUnmodifiableSet());

    /** The metrics that read the CVEs of the image's vulnerabilities. */
    private static final Set<FindingMetric> CVE_METRICS = Set.of(FindingMetric.CVSS, FindingMetric.DENIED_CVE);

    private final FindingOutcomes outcomes;
    private final VulnerabilityDetails details;
    private final Map<String, SarifRule> vulnerabilityRules = new LinkedHashMap<>();
    /** Whether the lists read hold the unhandled vulnerabilities only, as the gate counts them. */
    private final boolean listsUnhandledOnly;

    SarifFindings(GatePolicy gate, List<ImageResult> images, VulnerabilityDetails details) {
        this.outcomes = new FindingOutcomes(gate, images);
        this.details = details;
        this.listsUnhandledOnly = !gate.countsHandled();
    }

    List<SarifResult> of(ScanReport report) {
        List<SarifResult> results = new ArrayList<>();
        for (ImageResult image : report.images()) {
            if (image.state() == WaitEnd.FINISHED) {
                addScanned(image, results);
            } else {
                results.add(ended(SarifRules.forState(image.state()), image, image.state().wireName(), Map.of()));
            }
        }
        UnlistedImages unlisted = report.verdict().unlisted();
        if (unlisted.any()) {
            results.add(result(SarifRules.UNLISTED, null, unlisted.outcome(), null,
                    EngineMessages.format("sarif.result.unlisted", unlisted.count(), unlisted.state().wireName()),
                    Map.of("count", Integer.toString(unlisted.count())), List.of()));
        }
        return results;
    }

    private void addScanned(ImageResult image, List<SarifResult> results) {
        String reference = PlainText.clean(image.reference());
        if (ScanStatus.fromWire(image.status()).filter(s -> s == ScanStatus.SUCCESS).isEmpty()) {
            String detail = image.failureDetail().map(text -> " (" + PlainText.clean(text) + ")").orElse("");
            results.add(ended(SarifRules.SCAN_FAILED, image,
                    EngineMessages.format("sarif.result.scan_failed", PlainText.clean(image.status()), detail),
                    Map.of("status", PlainText.clean(image.status()))));
        }
        Findings findings = image.findings();
        List<Vulnerability> listed = details.of(image).orElse(List.of());
        for (Vulnerability vulnerability : listed) {
            results.add(vulnerability(image, vulnerability));
        }
        if (findings.vulnerabilities() == null) {
            missing("vul_num", image, VULNERABILITY_METRICS, results);
        } else if (listsUnhandledOnly && details.of(image).isPresent() && listed.size() < findings.vulnerabilities()) {
            // A list of the unhandled ones was read: the others are those marked handled, which the gate does not count.
            results.add(result(SarifRules.HANDLED, image, Outcome.SUCCESS, null,
                    EngineMessages.format("sarif.result.handled", findings.vulnerabilities() - listed.size(), reference),
                    Map.of(), List.of()));
        } else if (listed.size() < findings.vulnerabilities()) {
            counted(SarifRules.VULNERABILITIES, image, VULNERABILITY_METRICS,
                    EngineMessages.format("sarif.result.vulnerabilities", findings.vulnerabilities() - listed.size(),
                            reference, listed.size()), results);
        }
        if (!findings.hasNecessityCounts() && outcomes.countsByNecessity()) {
            counted(SarifRules.COUNTS_UNKNOWN, image, NECESSITY_METRICS,
                    EngineMessages.format("sarif.result.counts_unknown", reference), results);
        }
        if (findings.cves() != null) {
            counted(SarifRules.CVES, image, CVE_METRICS, EngineMessages.format("sarif.result.cves", reference,
                    PlainText.clean(FindingsText.cves(findings)),
                    findings.cves().known() ? "" : " (" + PlainText.clean(findings.cves().unknown()) + ")"), results);
        }
        if (findings.maliciousFiles() == null) {
            missing("malicious_file_num", image, Set.of(FindingMetric.MALICIOUS_FILES), results);
        } else if (findings.maliciousFiles() > 0) {
            counted(SarifRules.MALICIOUS_FILES, image, Set.of(FindingMetric.MALICIOUS_FILES),
                    EngineMessages.format("sarif.result.malicious_files", findings.maliciousFiles(), reference), results);
        }
        if (findings.unsafeSettings() == null) {
            missing("unsafe_setting_num", image, Set.of(FindingMetric.UNSAFE_SETTINGS), results);
        } else if (findings.unsafeSettings() > 0) {
            counted(SarifRules.UNSAFE_SETTINGS, image, Set.of(FindingMetric.UNSAFE_SETTINGS),
                    EngineMessages.format("sarif.result.unsafe_settings", findings.unsafeSettings(), reference), results);
        }
    }

    /**
     * A result for how {@code image}'s wait or scan ended: the gate's reason says it best, and the
     * result's own words only when the gate had nothing against it.
     */
    private SarifResult ended(SarifRule rule, ImageResult image, String plainly, Map<String, String> properties) {
        ImageResult ended = outcomes.ofScan(image);
        String what = ended.reason() == null ? plainly : ended.reason();
        return result(rule, image, ended.outcome(), null, PlainText.clean(image.reference()) + ": " + PlainText.clean(what),
                properties, List.of());
    }

    /** A count HSS left out of the image's row: unknown, judged by the thresholds on it, never zero. */
    private void missing(String field, ImageResult image, Set<FindingMetric> metrics, List<SarifResult> results) {
        counted(SarifRules.COUNT_MISSING, image, metrics,
                EngineMessages.format("sarif.result.count_missing", field, PlainText.clean(image.reference())), results);
    }

    private void counted(SarifRule rule, ImageResult image, Set<FindingMetric> metrics, String message,
                         List<SarifResult> results) {
        FindingOutcomes.Judged judged = outcomes.ofFinding(image, metrics);
        results.add(result(rule, image, judged.outcome(), judged.reasons(), message, Map.of(), List.of()));
    }

    private SarifResult vulnerability(ImageResult image, Vulnerability vulnerability) {
        SarifRule rule = vulnerabilityRules.computeIfAbsent(PlainText.clean(vulnerability.vulId()).strip(),
                id -> SarifRules.vulnerability(vulnerability));
        Set<FindingMetric> metrics = EnumSet.of(FindingMetric.VULNERABILITIES);
        vulnerability.necessity().ifPresent(level -> NECESSITY_METRICS.stream()
                .filter(metric -> metric.necessity().orElseThrow() == level).forEach(metrics::add));
        FindingOutcomes.Judged judged = outcomes.ofFinding(image, metrics);
        String app = String.join(" ", nonBlank(vulnerability.appName(), vulnerability.version()));
        String where = nonBlank(vulnerability.appPath()).isEmpty() ? ""
                : EngineMessages.format("sarif.result.at", PlainText.clean(vulnerability.appPath()));
        String message = EngineMessages.format("sarif.result.vulnerability", rule.id(),
                app.isEmpty() ? EngineMessages.format("sarif.result.unknown_app") : app, where,
                nonBlank(vulnerability.repairNecessity()).stream().findFirst()
                        .orElse(EngineMessages.format("sarif.result.unknown_necessity")),
                PlainText.clean(image.reference()));
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("repairNecessity", vulnerability.repairNecessity());
        properties.put("application", vulnerability.appName());
        properties.put("applicationVersion", vulnerability.version());
        properties.put("applicationPath", vulnerability.appPath());
        properties.put("position", vulnerability.position());
        return result(rule, image, judged.outcome(), judged.reasons(), message, properties,
                List.of(String.valueOf(vulnerability.appName()), String.valueOf(vulnerability.appPath())));
    }

    private static SarifResult result(SarifRule rule, ImageResult image, Outcome outcome, String reasons, String base,
                                      Map<String, String> properties, List<String> fingerprint) {
        Map<String, String> all = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (value != null) {
                all.put(key, PlainText.clean(value));
            }
        });
        all.put("outcome", outcome.name());
        return new SarifResult(rule, image, outcome, base + "; " + consequence(outcome, reasons), all, fingerprint);
    }

    /** What the finding did to the build, and why when the message does not say it already. */
    private static String consequence(Outcome outcome, String reasons) {
        String what = EngineMessages.format("sarif.outcome." + outcome.key());
        return reasons == null || reasons.isBlank() ? what
                : EngineMessages.format("sarif.outcome.because", what, PlainText.clean(reasons));
    }

    private static List<String> nonBlank(String... texts) {
        List<String> kept = new ArrayList<>();
        for (String text : texts) {
            String clean = PlainText.clean(text).strip();
            if (!clean.isEmpty()) {
                kept.add(clean);
            }
        }
        return kept;
    }
}
