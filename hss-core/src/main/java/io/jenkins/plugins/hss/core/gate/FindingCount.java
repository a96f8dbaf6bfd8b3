package io.jenkins.plugins.hss.core.gate;

import io.jenkins.plugins.hss.core.EngineMessages;
import java.util.List;
import java.util.Optional;

/**
 * Counts one finding metric over images and checks it against a threshold. A count that is
 * unknown (not reported, or a list that could not be fetched) breaches the threshold: unknown is
 * never zero.
 */
final class FindingCount {

    private FindingCount() {
    }

    /** The breach of {@code threshold} by the sum of its metric over {@code images}, if any. */
    static Optional<Breach> breach(FindingThreshold threshold, List<ImageResult> images) {
        long total = 0;
        int unknownLevel = 0;
        for (ImageResult image : images) {
            Optional<Integer> count = count(threshold.metric(), image.findings());
            if (count.isEmpty()) {
                return Breach.of(threshold.outcome(), unknown(threshold, image, images.size() > 1));
            }
            total += count.get();
            unknownLevel += threshold.metric().necessity().isPresent() ? image.findings().unknownNecessityCount() : 0;
        }
        if (total <= threshold.max()) {
            return Optional.empty();
        }
        String reason = total + " " + describe(threshold) + " (more than " + threshold.max() + ")";
        if (unknownLevel > 0) {
            reason += EngineMessages.format("gate.unknown_necessity", unknownLevel, unknownLevels(images));
        }
        return Breach.of(threshold.outcome(), reason);
    }

    static Optional<Integer> count(FindingMetric metric, Findings findings) {
        return switch (metric) {
            case VULNERABILITIES -> Optional.ofNullable(findings.vulnerabilities());
            case MALICIOUS_FILES -> Optional.ofNullable(findings.maliciousFiles());
            case UNSAFE_SETTINGS -> Optional.ofNullable(findings.unsafeSettings());
            default -> metric.necessity().flatMap(findings::count);
        };
    }

    private static String unknown(FindingThreshold threshold, ImageResult image, boolean name) {
        String where = name ? EngineMessages.format("gate.for_image", image.reference()) : "";
        return switch (threshold.metric()) {
            case VULNERABILITIES -> EngineMessages.format("gate.count_unknown", describe(threshold), "vul_num", where);
            case MALICIOUS_FILES -> EngineMessages.format("gate.count_unknown", describe(threshold), "malicious_file_num", where);
            case UNSAFE_SETTINGS -> EngineMessages.format("gate.count_unknown", describe(threshold), "unsafe_setting_num", where);
            default -> EngineMessages.format("gate.necessity_unknown", describe(threshold), where,
                    image.findings().necessityUnknown() == null ? "" : " (" + image.findings().necessityUnknown() + ")");
        };
    }

    private static String unknownLevels(List<ImageResult> images) {
        return String.join(", ", images.stream().flatMap(image -> image.findings().unknownNecessity().keySet().stream())
                .distinct().sorted().toList());
    }

    private static String describe(FindingThreshold threshold) {
        String scope = threshold.scope() == ThresholdScope.TOTAL ? " in total" : "";
        return threshold.metric().key() + scope;
    }
}
