package io.jenkins.plugins.hss.core.gate;

import io.jenkins.plugins.hss.core.model.SeverityLevel;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.model.FindingMetric;
import io.jenkins.plugins.hss.core.model.FindingThreshold;
import io.jenkins.plugins.hss.core.model.ThresholdScope;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts one finding metric over images and checks it against a threshold. A count that is
 * unknown (not reported, or a list that could not be fetched) breaches the threshold: unknown is
 * never zero. A vulnerability count the list did not give (of one level, or of the unhandled
 * ones) is at most {@code vul_num}: when that bound is within the threshold it proves the pass,
 * otherwise the count is unknown.
 */
final class FindingCount {

    /** A count, or only a bound on it ({@code exact} false). */
    private record Count(int value, boolean exact) {
    }

    private FindingCount() {
    }

    /** The breach of {@code threshold} by the sum of its metric over {@code images}, if any. */
    static Optional<Breach> breach(FindingThreshold threshold, List<ImageResult> images, boolean unhandledOnly) {
        long total = 0;
        boolean bounded = false;
        int unknownLevel = 0;
        ImageResult boundedImage = null;
        for (ImageResult image : images) {
            Optional<Count> count = count(threshold.metric(), image.findings(), unhandledOnly);
            if (count.isEmpty()) {
                return Breach.of(threshold.outcome(), unknown(threshold, image, images.size() > 1, unhandledOnly));
            }
            total += count.get().value();
            if (!count.get().exact()) {
                bounded = true;
                boundedImage = image;
            }
            unknownLevel += threshold.metric().necessity().isPresent() ? image.findings().unknownNecessityCount() : 0;
        }
        if (total <= threshold.max()) {
            return Optional.empty();
        }
        if (bounded) {
            return Breach.of(threshold.outcome(), unknown(threshold, boundedImage, images.size() > 1, unhandledOnly));
        }
        String reason = threshold.metric() == FindingMetric.SEVERITY
                ? EngineMessages.format("gate.severity", SeverityLevel.ofRank((int) total).wireName(),
                        SeverityLevel.ofRank(threshold.max()).wireName())
                : total + " " + describe(threshold, unhandledOnly) + " (more than " + threshold.max() + ")";
        if (unknownLevel > 0) {
            reason += EngineMessages.format("gate.unknown_necessity", unknownLevel, unknownLevels(images));
        }
        return Breach.of(threshold.outcome(), reason);
    }

    /**
     * The count of {@code metric} in {@code findings}, or a bound on it; empty when unknown. With
     * {@code unhandledOnly}, the per-level counts are of unhandled vulnerabilities, and so is the
     * total the list gives.
     */
    private static Optional<Count> count(FindingMetric metric, Findings findings, boolean unhandledOnly) {
        Optional<Count> bound = Optional.ofNullable(findings.vulnerabilities()).map(all -> new Count(all, false));
        return switch (metric) {
            case VULNERABILITIES -> !unhandledOnly ? exact(findings.vulnerabilities())
                    : findings.hasNecessityCounts() ? Optional.of(new Count(findings.listedCount(), true)) : bound;
            case MALICIOUS_FILES -> exact(findings.maliciousFiles());
            case UNSAFE_SETTINGS -> exact(findings.unsafeSettings());
            case SEVERITY -> exact(findings.severityRank().orElse(null));
            default -> metric.necessity().flatMap(findings::count).map(level -> new Count(level, true)).or(() -> bound);
        };
    }

    private static Optional<Count> exact(Integer count) {
        return Optional.ofNullable(count).map(value -> new Count(value, true));
    }

    private static String unknown(FindingThreshold threshold, ImageResult image, boolean name, boolean unhandledOnly) {
        String where = name ? EngineMessages.format("gate.for_image", image.reference()) : "";
        String what = describe(threshold, unhandledOnly);
        return switch (threshold.metric()) {
            case VULNERABILITIES -> unhandledOnly && image.findings().vulnerabilities() != null
                    ? EngineMessages.format("gate.unhandled_unknown", what, where, why(image))
                    : EngineMessages.format("gate.count_unknown", what, "vul_num", where);
            case MALICIOUS_FILES -> EngineMessages.format("gate.count_unknown", what, "malicious_file_num", where);
            case UNSAFE_SETTINGS -> EngineMessages.format("gate.count_unknown", what, "unsafe_setting_num", where);
            case SEVERITY -> EngineMessages.format("gate.severity_unknown", where,
                    Objects.requireNonNullElse(image.findings().severityLevel(), "none"));
            default -> EngineMessages.format("gate.necessity_unknown", what, where, why(image));
        };
    }

    private static String why(ImageResult image) {
        return image.findings().necessityUnknown() == null ? "" : " (" + image.findings().necessityUnknown() + ")";
    }

    private static String unknownLevels(List<ImageResult> images) {
        return String.join(", ", images.stream().flatMap(image -> image.findings().unknownNecessity().keySet().stream())
                .distinct().sorted().toList());
    }

    /** The metric in a reason's words: {@code unhandled immediate_repair in total}. */
    private static String describe(FindingThreshold threshold, boolean unhandledOnly) {
        String scope = threshold.scope() == ThresholdScope.TOTAL ? " in total" : "";
        String handled = unhandledOnly && threshold.metric().countsVulnerabilities() ? "unhandled " : "";
        return handled + threshold.metric().key() + scope;
    }
}
