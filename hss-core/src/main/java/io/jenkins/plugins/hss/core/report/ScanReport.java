package io.jenkins.plugins.hss.core.report;

import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ScanFields;
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
 * @param requests      HSS requests that served this run, per {@link io.jenkins.plugins.hss.core.budget.ApiName#label()};
 *                      a shared poll or trigger counts for every run it served
 * @param requestShares this run's share of them, per API: a call that served n runs counts 1/n
 *                      for each (to hundredths), so that the shares of a process's runs add up to
 *                      the calls HSS saw; the requests themselves when nothing was shared
 * @param api           the HSS API the run used ({@code batch-scan} or {@code image-scan-tasks},
 *                      {@link io.jenkins.plugins.hss.core.model.ScanApi#wireName()}); null when
 *                      not known (a report read from a version that did not say)
 * @param scanTask      on {@code image-scan-tasks}, what the run read of its own scan task (its
 *                      {@code failed_images}) or why it did not; null on batch-scan and when the
 *                      run did not wait
 * @param settings      the scan's settings in their text form ({@link io.jenkins.plugins.hss.core.model.ScanSettings#fields()}), which
 *                      hold no secret; empty when not known (a report read from a version that did
 *                      not record them)
 */
public record ScanReport(Verdict verdict, Instant triggeredAt, Instant finishedAt, Map<String, Integer> requests,
                         Map<String, Double> requestShares, String api, ScanTaskReading scanTask,
                         ScanFields settings) {

    /** The version of the JSON form, see {@code docs/report-schema.md}. */
    public static final String SCHEMA = "hss-image-scan/report@1";

    public ScanReport {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(triggeredAt, "triggeredAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        requests = Map.copyOf(requests);
        requestShares = Map.copyOf(requestShares);
        settings = Objects.requireNonNullElse(settings, ScanFields.none());
    }

    /** A report that does not record its settings. */
    public ScanReport(Verdict verdict, Instant triggeredAt, Instant finishedAt, Map<String, Integer> requests,
                      Map<String, Double> requestShares, String api, ScanTaskReading scanTask) {
        this(verdict, triggeredAt, finishedAt, requests, requestShares, api, scanTask, ScanFields.none());
    }

    /** A report that read no scan task. */
    public ScanReport(Verdict verdict, Instant triggeredAt, Instant finishedAt, Map<String, Integer> requests,
                      Map<String, Double> requestShares, String api) {
        this(verdict, triggeredAt, finishedAt, requests, requestShares, api, null);
    }

    /** This report, with what the run read of its scan task. */
    public ScanReport withScanTask(ScanTaskReading reading) {
        return new ScanReport(verdict, triggeredAt, finishedAt, requests, requestShares, api, reading, settings);
    }

    /** This report, recording the settings of its scan. */
    public ScanReport withSettings(ScanFields scan) {
        return new ScanReport(verdict, triggeredAt, finishedAt, requests, requestShares, api, scanTask, scan);
    }

    /** A report that does not say which API it used. */
    public ScanReport(Verdict verdict, Instant triggeredAt, Instant finishedAt, Map<String, Integer> requests,
                      Map<String, Double> requestShares) {
        this(verdict, triggeredAt, finishedAt, requests, requestShares, null);
    }

    /** A report of a run that shared no request, and does not say which API it used. */
    public ScanReport(Verdict verdict, Instant triggeredAt, Instant finishedAt, Map<String, Integer> requests) {
        this(verdict, triggeredAt, finishedAt, requests, unshared(requests));
    }

    /** The shares of requests that served this run alone: the requests themselves. */
    static Map<String, Double> unshared(Map<String, Integer> requests) {
        Map<String, Double> shares = new TreeMap<>();
        requests.forEach((api, count) -> shares.put(api, count.doubleValue()));
        return shares;
    }

    public Outcome outcome() {
        return verdict.outcome();
    }

    public java.util.List<ImageResult> images() {
        return verdict.images();
    }

    /**
     * How many images ended in each status (or state, for images without a finished scan), the
     * {@linkplain Verdict#unlisted() counted ones} included.
     */
    public Map<String, Integer> totals() {
        Map<String, Integer> totals = new TreeMap<>();
        for (ImageResult image : images()) {
            totals.merge(image.statusOrState(), 1, Integer::sum);
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
        return images().stream().mapToInt(i -> finding.applyAsInt(i)).sum();
    }
}
