package io.jenkins.plugins.hss.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An image of the simulated account: its scenario description, the ids HSS gives it and its scan
 * history. The history is swapped atomically, so lists can read it while scans are triggered.
 */
final class ImageRecord {

    private final long id;
    private final String imageId;
    private final String digest;
    private final ScenarioImage image;
    private final AtomicReference<ScanHistory> history;

    ImageRecord(long id, ScenarioImage image) {
        this.id = id;
        this.image = image;
        String identity = image.identity();
        this.imageId = Sha256.hex("image-id " + identity);
        this.digest = "sha256:" + Sha256.hex("digest " + identity);
        this.history = new AtomicReference<>(ScanHistory.startingFrom(initialView(image)));
    }

    long id() {
        return id;
    }

    /** URL-safe (hex), because the SDK puts it in the path without encoding it. */
    String imageId() {
        return imageId;
    }

    String digest() {
        return digest;
    }

    ScenarioImage image() {
        return image;
    }

    ScanView viewAt(Instant now) {
        return history.get().viewAt(now);
    }

    /** Where an enterprise image is downloaded from ({@code instance_url}); null for other images. */
    String instanceUrl() {
        return image.instanceId() == null ? null : Registry.enterpriseAddress(image.instanceId()) + "/" + image.ref();
    }

    /** The registry HSS lists this image under (null for a local image). */
    String registryId() {
        return Registries.idOf(image);
    }

    /** The scan last triggered, whatever triggered it: the one a scan task follows; null if none. */
    ScanRun lastRun() {
        return history.get().inFlight();
    }

    /** The {@code latest_scan_time} shown at {@code nowMillis}, without building the view; {@link ScanHistory#NEVER} if none. */
    long scannedAtMillis(long nowMillis) {
        return history.get().scannedAtMillis(nowMillis);
    }

    /**
     * Callers trigger one image at a time (under the queue's order), so the history is read and
     * replaced without a retry that could place a scan twice.
     */
    void trigger(Instant now, ScanRules rules, ScanQueue queue) {
        history.set(history.get().triggeredAt(now, (run, at) -> plan(run, at, rules, queue)));
    }

    private ScanRun plan(int run, Instant triggeredAt, ScanRules rules, ScanQueue queue) {
        ScanOutcome outcome = image.size() > rules.sizeLimit() ? ScanOutcome.IMAGE_OVERSIZED : image.outcomeOfRun(run);
        Instant waitingFrom = triggeredAt.plus(rules.startDelay());
        Duration scanTime = scanTime(run, rules, outcome);
        Instant scanningFrom = queue.place(image.ref(), triggeredAt, waitingFrom.plus(rules.waitingDuration()), scanTime);
        Instant completedAt = scanningFrom.plus(scanTime);
        return new ScanRun(waitingFrom, scanningFrom, completedAt, outcomeView(outcome, completedAt, image.findings()));
    }

    /** The image's own scan time, else a draw of the rules' scan times, else their fixed one. */
    private Duration scanTime(int run, ScanRules rules, ScanOutcome outcome) {
        if (image.scanDuration() != null) {
            return image.scanDuration();
        }
        if (rules.scanTimes() == null) {
            return rules.scanDuration();
        }
        // An oversized image is refused on its manifest, before any of it is read.
        long read = outcome == ScanOutcome.IMAGE_OVERSIZED ? 0 : image.size();
        return rules.scanTimes().of(image.type().wireName() + " " + image.ref(), read, run);
    }

    private ScanView outcomeView(ScanOutcome outcome, Instant at, Findings findings) {
        if (outcome == ScanOutcome.SUCCESS) {
            return new ScanView(ScanStatus.SUCCESS, null, at, findings);
        }
        boolean ownReason = outcome == ScanOutcome.FAILED && image.failureReason() != null;
        String reason = ownReason ? image.failureReason() : outcome.defaultFailureReason();
        return new ScanView(outcome.status(), reason, at, Findings.NONE);
    }

    private ScanView initialView(ScenarioImage image) {
        PreviousScan previous = image.previousScan();
        if (previous == null) {
            return ScanView.NEVER_SCANNED;
        }
        return outcomeView(previous.outcome(), previous.at(), image.previousFindings());
    }
}
