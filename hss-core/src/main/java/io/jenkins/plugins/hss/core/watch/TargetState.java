package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.gate.Findings;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.ImageState;
import io.jenkins.plugins.hss.core.model.RepairNecessity;
import io.jenkins.plugins.hss.core.model.ScanStatus;
import io.jenkins.plugins.hss.core.model.SwrImage;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the watcher knows about one target image: its record from before the trigger and what the
 * polls since then showed. Immutable; each observation makes a new state. Serializable with plain
 * fields only, so that a Jenkins controller can persist it and resume the wait.
 */
public final class TargetState implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String imageType;
    private final String namespace;
    private final String imageName;
    private final String imageVersion;
    private final boolean found;
    private final String imageId;
    private final String recordedStatus;
    private final Long recordedScanTime;
    private final Observation seen;
    private final boolean started;
    private final HashMap<String, Integer> byNecessity;

    private TargetState(ImageKey key, boolean found, String imageId, String recordedStatus, Long recordedScanTime,
                        Observation seen, boolean started, Map<String, Integer> byNecessity) {
        this.imageType = key.imageType();
        this.namespace = key.namespace();
        this.imageName = key.imageName();
        this.imageVersion = key.imageVersion();
        this.found = found;
        this.imageId = imageId;
        this.recordedStatus = recordedStatus;
        this.recordedScanTime = recordedScanTime;
        this.seen = seen;
        this.started = started;
        this.byNecessity = byNecessity == null ? null : new HashMap<>(byNecessity);
    }

    /** The record of an image as listed before the trigger. */
    public static TargetState recorded(ImageKey key, SwrImage image) {
        return new TargetState(key, true, image.imageId(), image.scanStatus(), image.latestScanTime(),
                Observation.of(image), false, null);
    }

    /**
     * A target of a {@link CountedSelection} that a poll listed for the first time: its previous
     * scan, not recorded, ended before {@code recordedBefore}.
     */
    static TargetState discovered(ImageKey key, SwrImage image, long recordedBefore) {
        return new TargetState(key, true, image.imageId(), null, recordedBefore - 1, Observation.of(image), true, null);
    }

    /** A requested image that the repository list does not contain. */
    public static TargetState notFound(ImageKey key) {
        return new TargetState(key, false, null, null, null, null, false, null);
    }

    public ImageKey key() {
        return new ImageKey(imageType, namespace, imageName, imageVersion);
    }

    public boolean found() {
        return found;
    }

    public String imageId() {
        return imageId;
    }

    /** {@code latest_scan_time} before the trigger; null when the image had never been scanned. */
    public Long recordedScanTime() {
        return recordedScanTime;
    }

    /** Whether the image left its state from before the trigger (queued, scanning or rescanned). */
    public boolean started() {
        return started;
    }

    /**
     * Whether the scan this run started is over: a terminal status <em>and</em> a scan time past
     * the record. A terminal status with the recorded time is the previous scan's result.
     */
    public boolean finished() {
        return found && seen != null && seen.terminal() && seen.scanTime != null
                && (recordedScanTime == null || seen.scanTime > recordedScanTime);
    }

    /** The status last seen, null when never listed. */
    public String status() {
        return seen == null ? null : seen.status;
    }

    /** Whether the counts by repair necessity were fetched. */
    public boolean hasNecessityCounts() {
        return byNecessity != null;
    }

    /** Vulnerabilities reported by the finished scan ({@code vul_num}). */
    public int vulnerabilities() {
        return seen == null ? 0 : seen.vulnerabilities;
    }

    /** This state after a poll listed the image again. */
    public TargetState observe(SwrImage image) {
        if (finished()) {
            return this;
        }
        Observation now = Observation.of(image);
        boolean moved = !Objects.equals(now.status, recordedStatus) || !Objects.equals(now.scanTime, recordedScanTime)
                || now.queuedOrScanning();
        return new TargetState(key(), found, image.imageId() == null ? imageId : image.imageId(),
                recordedStatus, recordedScanTime, now, started || moved, null);
    }

    /** This state with the vulnerability counts per repair necessity. */
    public TargetState withNecessityCounts(Map<RepairNecessity, Integer> counts) {
        Map<String, Integer> wire = new HashMap<>();
        counts.forEach((level, count) -> wire.put(level.wireName(), count));
        return new TargetState(key(), found, imageId, recordedStatus, recordedScanTime, seen, started, wire);
    }

    /** What the gate is told about this image when the wait ends now. */
    public ImageResult result(boolean waited) {
        ImageState state = !found ? ImageState.NOT_FOUND
                : !waited ? ImageState.NOT_WAITED
                : finished() ? ImageState.FINISHED
                : started ? ImageState.TIMED_OUT : ImageState.NOT_STARTED;
        boolean fresh = state == ImageState.FINISHED;
        return new ImageResult(imageType, namespace, imageName, imageVersion, imageId, state,
                state == ImageState.NOT_WAITED ? null : status(),
                fresh ? seen.failedDesc : null,
                fresh ? Instant.ofEpochMilli(seen.scanTime) : null,
                fresh ? findings() : Findings.NONE);
    }

    private Findings findings() {
        Findings findings = new Findings(seen.vulnerabilities, seen.maliciousFiles, seen.unsafeSettings, Map.of());
        if (byNecessity == null) {
            return findings;
        }
        Map<RepairNecessity, Integer> levels = new EnumMap<>(RepairNecessity.class);
        byNecessity.forEach((level, count) -> RepairNecessity.fromWire(level).ifPresent(l -> levels.put(l, count)));
        return findings.withNecessityCounts(levels);
    }

    /** The fields of one listing of the image that the watcher keeps. */
    private static final class Observation implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String status;
        private final String failedDesc;
        private final Long scanTime;
        private final int vulnerabilities;
        private final int maliciousFiles;
        private final int unsafeSettings;

        private Observation(SwrImage image) {
            this.status = image.scanStatus();
            this.failedDesc = image.scanFailedDesc();
            this.scanTime = image.latestScanTime();
            this.vulnerabilities = orZero(image.vulNum());
            this.maliciousFiles = orZero(image.maliciousFileNum());
            this.unsafeSettings = orZero(image.unsafeSettingNum());
        }

        static Observation of(SwrImage image) {
            return new Observation(image);
        }

        boolean terminal() {
            // filter, not map: asked for every listed image, and map allocates an Optional each time
            return ScanStatus.fromWire(status).filter(ScanStatus::isTerminal).isPresent();
        }

        boolean queuedOrScanning() {
            Optional<ScanStatus> known = ScanStatus.fromWire(status);
            return known.isPresent() && (known.get() == ScanStatus.SCANNING || known.get() == ScanStatus.WAITING_FOR_SCAN);
        }

        private static int orZero(Integer value) {
            return value == null ? 0 : value;
        }
    }
}
