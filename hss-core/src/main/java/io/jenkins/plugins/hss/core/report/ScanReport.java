package io.jenkins.plugins.hss.core.report;

import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.ImageVerdict;
import io.jenkins.plugins.hss.core.gate.Outcome;
import io.jenkins.plugins.hss.core.gate.UnlistedImages;
import io.jenkins.plugins.hss.core.gate.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of one scan run: the gate's verdict with every image's decision, and when and at
 * what cost it was reached. What the faces print, store with the build and hand to other tools.
 *
 * @param triggeredAt when the scans were triggered
 * @param finishedAt  when the verdict was reached
 * @param requests    HSS requests this run caused, per {@link io.jenkins.plugins.hss.core.watch.Api#label()};
 *                    shared polls count for every run they served
 */
public record ScanReport(Verdict verdict, Instant triggeredAt, Instant finishedAt, Map<String, Integer> requests) {

    /** The version of the JSON form, see {@code docs/report-schema.md}. */
    public static final String SCHEMA = "hss-image-scan/report@1";

    public ScanReport {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(triggeredAt, "triggeredAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        requests = Map.copyOf(requests);
    }

    public Outcome outcome() {
        return verdict.outcome();
    }

    public java.util.List<ImageVerdict> images() {
        return verdict.images();
    }

    /**
     * How many images ended in each status (or state, for images without a finished scan), the
     * {@linkplain Verdict#unlisted() counted ones} included.
     */
    public Map<String, Integer> totals() {
        Map<String, Integer> totals = new TreeMap<>();
        for (ImageVerdict image : images()) {
            totals.merge(image.image().statusOrState(), 1, Integer::sum);
        }
        UnlistedImages unlisted = verdict.unlisted();
        if (unlisted.any()) {
            totals.merge(unlisted.state().wireName(), unlisted.count(), Integer::sum);
        }
        return totals;
    }

    public Duration elapsed() {
        return Duration.between(triggeredAt, finishedAt);
    }

    /** The sum of one finding over all images. */
    public int total(java.util.function.ToIntFunction<ImageResult> finding) {
        return images().stream().mapToInt(i -> finding.applyAsInt(i.image())).sum();
    }
}
