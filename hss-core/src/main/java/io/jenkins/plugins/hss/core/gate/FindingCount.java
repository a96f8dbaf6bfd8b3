package io.jenkins.plugins.hss.core.gate;

import java.util.List;
import java.util.Optional;

/** Counts one finding metric over images and checks it against a threshold. */
final class FindingCount {

    private FindingCount() {
    }

    /**
     * The breach of {@code threshold} by the sum of its metric over {@code images}, if any. A
     * per-level count that could not be fetched breaches too: an unknown count must not pass.
     */
    static Optional<Breach> breach(FindingThreshold threshold, List<ImageResult> images) {
        long total = 0;
        for (ImageResult image : images) {
            Optional<Integer> count = count(threshold.metric(), image.findings());
            if (count.isEmpty()) {
                return Breach.of(threshold.outcome(), describe(threshold) + ": counts by repair necessity unknown"
                        + (images.size() == 1 ? "" : " for " + image.reference()));
            }
            total += count.get();
        }
        return total > threshold.max()
                ? Breach.of(threshold.outcome(), total + " " + describe(threshold) + " (more than " + threshold.max() + ")")
                : Optional.empty();
    }

    static Optional<Integer> count(FindingMetric metric, Findings findings) {
        return switch (metric) {
            case VULNERABILITIES -> Optional.of(findings.vulnerabilities());
            case MALICIOUS_FILES -> Optional.of(findings.maliciousFiles());
            case UNSAFE_SETTINGS -> Optional.of(findings.unsafeSettings());
            default -> metric.necessity().flatMap(findings::count);
        };
    }

    private static String describe(FindingThreshold threshold) {
        String scope = threshold.scope() == ThresholdScope.TOTAL ? " in total" : "";
        return threshold.metric().key() + scope;
    }
}
