package io.jenkins.plugins.hss.core.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How scan results map to the build's outcome: an outcome per terminal scan status, per way a wait
 * can end without a result, and the finding thresholds.
 *
 * @param statusOutcomes outcome per terminal {@code scan_status}; a status not listed fails
 * @param onTimeout      when a scan started but did not end before the wait timed out
 * @param onNotFound     when an image is not in the repository
 * @param onNotStarted   when a scan never left its status from before the trigger
 * @param thresholds     limits on findings, checked on images whose scan succeeded
 * @param countsHandled  whether the vulnerability thresholds count the vulnerabilities marked
 *                       handled in HSS ({@code handle_status} {@code handled}: a security team's
 *                       false positive or accepted risk); false by default: they count the
 *                       unhandled ones, which takes the vulnerability list (see docs/gating.md)
 */
public record GatePolicy(Map<ScanStatus, Outcome> statusOutcomes, Outcome onTimeout, Outcome onNotFound,
                         Outcome onNotStarted, List<FindingThreshold> thresholds, boolean countsHandled) {

    public GatePolicy {
        statusOutcomes = Map.copyOf(statusOutcomes);
        Objects.requireNonNull(onTimeout, "onTimeout");
        Objects.requireNonNull(onNotFound, "onNotFound");
        Objects.requireNonNull(onNotStarted, "onNotStarted");
        thresholds = List.copyOf(thresholds);
    }

    /** Success passes, failed and download_failed fail, image_oversized is unstable, no thresholds. */
    public static GatePolicy defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.statusOutcomes.putAll(statusOutcomes);
        builder.thresholds.addAll(thresholds);
        return builder.onTimeout(onTimeout).onNotFound(onNotFound).onNotStarted(onNotStarted).countsHandled(countsHandled);
    }

    /** The outcome for a scan that ended in {@code status}. */
    public Outcome outcomeFor(ScanStatus status) {
        return statusOutcomes.getOrDefault(status, Outcome.FAILURE);
    }

    public GatePolicy withThresholds(List<FindingThreshold> replacement) {
        return toBuilder().thresholds(replacement).build();
    }

    /**
     * Whether a threshold on vulnerabilities counts only the unhandled ones, which no image row
     * gives ({@code vul_num} counts all): they come from the vulnerability list.
     */
    public boolean countsUnhandledOnly(FindingMetric metric) {
        return !countsHandled && metric.countsVulnerabilities();
    }

    public static final class Builder {
        private final Map<ScanStatus, Outcome> statusOutcomes = new EnumMap<>(Map.of(
                ScanStatus.SUCCESS, Outcome.SUCCESS,
                ScanStatus.FAILED, Outcome.FAILURE,
                ScanStatus.DOWNLOAD_FAILED, Outcome.FAILURE,
                ScanStatus.IMAGE_OVERSIZED, Outcome.UNSTABLE));
        private Outcome onTimeout = Outcome.FAILURE;
        private Outcome onNotFound = Outcome.FAILURE;
        private Outcome onNotStarted = Outcome.FAILURE;
        private final List<FindingThreshold> thresholds = new ArrayList<>();
        private boolean countsHandled;

        private Builder() {
        }

        /** Whether vulnerability thresholds count the vulnerabilities marked handled in HSS (default false). */
        public Builder countsHandled(boolean value) {
            countsHandled = value;
            return this;
        }

        public Builder statusOutcome(ScanStatus status, Outcome outcome) {
            statusOutcomes.put(status, outcome);
            return this;
        }

        public Builder onTimeout(Outcome outcome) {
            onTimeout = outcome;
            return this;
        }

        public Builder onNotFound(Outcome outcome) {
            onNotFound = outcome;
            return this;
        }

        public Builder onNotStarted(Outcome outcome) {
            onNotStarted = outcome;
            return this;
        }

        public Builder threshold(FindingThreshold threshold) {
            thresholds.add(threshold);
            return this;
        }

        public Builder thresholds(List<FindingThreshold> replacement) {
            thresholds.clear();
            thresholds.addAll(replacement);
            return this;
        }

        public GatePolicy build() {
            return new GatePolicy(statusOutcomes, onTimeout, onNotFound, onNotStarted, thresholds, countsHandled);
        }
    }
}
