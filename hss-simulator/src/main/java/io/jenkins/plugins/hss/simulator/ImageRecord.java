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

    void trigger(Instant now, ScanRules rules) {
        history.updateAndGet(current -> current.triggeredAt(now, (run, at) -> plan(run, at, rules)));
    }

    private ScanRun plan(int run, Instant triggeredAt, ScanRules rules) {
        Duration scanDuration = image.scanDuration() != null ? image.scanDuration() : rules.scanDuration();
        Instant waitingFrom = triggeredAt.plus(rules.startDelay());
        Instant scanningFrom = waitingFrom.plus(rules.waitingDuration());
        Instant completedAt = scanningFrom.plus(scanDuration);
        return new ScanRun(waitingFrom, scanningFrom, completedAt, result(run, completedAt, rules));
    }

    private ScanView result(int run, Instant completedAt, ScanRules rules) {
        ScanOutcome outcome = image.size() > rules.sizeLimit() ? ScanOutcome.IMAGE_OVERSIZED : image.outcomeOfRun(run);
        return outcomeView(outcome, completedAt, image.findings());
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
