package io.jenkins.plugins.hss.core.gate;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.model.FindingMetric;
import io.jenkins.plugins.hss.core.model.FindingThreshold;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks one image against a CVSS or denied-CVE threshold. CVEs not known (not read, rows missing
 * or malformed) breach it: an image whose CVEs are unknown may have any of them. A vulnerability
 * with no score breaches a CVSS threshold, not a denied CVE, which it does not name.
 */
final class CveBreach {

    private CveBreach() {
    }

    static Optional<Breach> breach(FindingThreshold threshold, ImageResult image, boolean unhandledOnly) {
        CveExposure cves = image.findings().cves();
        String counted = unhandledOnly ? EngineMessages.format("gate.cves_unhandled") : "";
        if (cves == null || !cves.known()) {
            return Breach.of(threshold.outcome(), EngineMessages.format("gate.cvss_unknown", counted,
                    cves == null ? EngineMessages.format("cves.not_read") : cves.unknown()));
        }
        if (threshold.metric() == FindingMetric.DENIED_CVE) {
            Double score = cves.matched().get(threshold.cveId());
            return score == null ? Optional.empty()
                    : Breach.of(threshold.outcome(), EngineMessages.format("gate.cve_denied", threshold.cveId(), score, counted));
        }
        if (cves.worst().filter(worst -> worst > threshold.maxCvss()).isPresent()) {
            String ids = cves.matchedInOrder().entrySet().stream().filter(cve -> cve.getValue() > threshold.maxCvss())
                    .map(cve -> cve.getKey() + " " + cve.getValue()).collect(Collectors.joining(", "));
            return Breach.of(threshold.outcome(), EngineMessages.format("gate.cvss", cves.worstCvss(),
                    threshold.maxCvss(), counted, ids));
        }
        if (!cves.unscored().isEmpty()) {
            return Breach.of(threshold.outcome(), EngineMessages.format("gate.cvss_unscored", counted,
                    cves.unscored().size(), String.join(", ", cves.unscored())));
        }
        return Optional.empty();
    }
}
